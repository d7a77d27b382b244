import * as vscode from 'vscode';

let shown: vscode.QuickInput | undefined;

/** The quick pick or input box this extension shows right now (the integration tests drive it). */
export function activePrompt(): vscode.QuickInput | undefined {
  return shown;
}

export interface PickOptions<T> {
  title: string;
  placeholder: string;
  active?: T;
  matchOnDescription?: boolean;
  matchOnDetail?: boolean;
}

/**
 * One choice from a quick pick; undefined when it is dismissed (Escape). A created quick pick
 * rather than showQuickPick, so the active item can be preset and the prompt observed.
 */
export function pickOne<T extends vscode.QuickPickItem>(items: readonly T[], options: PickOptions<T>): Promise<T | undefined> {
  const pick = vscode.window.createQuickPick<T>();
  pick.title = options.title;
  pick.placeholder = options.placeholder;
  pick.matchOnDescription = options.matchOnDescription ?? false;
  pick.matchOnDetail = options.matchOnDetail ?? false;
  pick.items = items;
  if (options.active) pick.activeItems = [options.active];
  return run(pick, (done) => pick.onDidAccept(() => done(pick.selectedItems[0] ?? pick.activeItems[0])));
}

export interface TextOptions {
  title: string;
  prompt: string;
  value?: string;
  placeholder?: string;
  /** A message while the text cannot be accepted, undefined when it can. */
  validate: (text: string) => string | undefined;
}

/** A line of text from an input box that refuses what `validate` objects to; undefined on Escape. */
export function askText(options: TextOptions): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  box.title = options.title;
  box.prompt = options.prompt;
  box.placeholder = options.placeholder;
  box.value = options.value ?? '';
  if (options.value) box.valueSelection = [0, options.value.length];
  const check = (): string | undefined => (box.validationMessage = options.validate(box.value)) as string | undefined;
  return run(box, (done) => [
    box.onDidChangeValue(check),
    box.onDidAccept(() => {
      if (!check()) done(box.value.trim());
    }),
  ]);
}

function run<Q extends vscode.QuickInput, R>(input: Q, onAccept: (done: (value: R | undefined) => void) => vscode.Disposable | vscode.Disposable[]): Promise<R | undefined> {
  return new Promise<R | undefined>((resolve) => {
    let settled = false;
    const done = (value: R | undefined): void => {
      if (settled) return;
      settled = true;
      resolve(value);
      input.hide();
    };
    const subs = [onAccept(done), input.onDidHide(() => {
      done(undefined);
      if (shown === input) shown = undefined;
      for (const s of subs.flat()) s.dispose();
      input.dispose();
    })];
    shown = input;
    input.show();
  });
}
