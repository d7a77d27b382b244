import type { DocumentView, FieldChange, HostMessage, WebviewMessage } from '../../extension/review/protocol';
import { renderForm } from './form';
import { showPdf } from './pdfView';
import { SourceMarks } from './sourceMarks';
import { TextPick } from './textPick';

interface PageConfig {
  mode: 'review' | 'viewer';
  document: DocumentView | { kind: 'html' };
  pdfWorker: string;
}

declare function acquireVsCodeApi(): { postMessage(msg: WebviewMessage): void };

const vscode = acquireVsCodeApi();
const send = (msg: WebviewMessage): void => vscode.postMessage(msg);
const config = JSON.parse(document.getElementById('config')?.textContent ?? '{}') as PageConfig;
const docPane = document.getElementById('document') as HTMLElement;
if (config.mode === 'review') startForm();
void showDocument(config.document).then(
  (pages) => send({ type: 'shown', pages }),
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    const p = document.createElement('p');
    p.className = 'doc-none';
    p.textContent = `The document could not be shown: ${message}`;
    docPane.append(p);
    send({ type: 'shown', error: message });
  },
);

async function showDocument(view: PageConfig['document']): Promise<number | undefined> {
  if (view.kind === 'pdf') return showPdf(docPane, view.src, config.pdfWorker, (pages) => send({ type: 'pagesDrawn', pages }));
  if (view.kind === 'image') {
    const img = document.createElement('img');
    img.alt = 'The CV as an image';
    img.className = 'doc-image';
    const loaded = new Promise((resolve, reject) => {
      img.onload = resolve;
      img.onerror = () => reject(new Error('the image could not be loaded'));
    });
    img.src = view.src;
    docPane.append(img);
    await loaded;
  }
  return undefined;
}

function startForm(): void {
  const fields = document.getElementById('fields') as HTMLElement;
  const status = document.createElement('div');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  document.body.append(status);
  const marks = new SourceMarks(docPane);
  /** The field a text chosen in the document goes to: the one last focused. */
  let fieldPath: string | undefined;
  const mark = (path: string | undefined): void => {
    const marked = marks.show(path);
    if (path) send({ type: 'highlighted', path, ...marked });
  };
  const field = (): HTMLInputElement | HTMLTextAreaElement | undefined =>
    (fieldPath && fields.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-path="${CSS.escape(fieldPath)}"]`)) || undefined;
  const pick = new TextPick(docPane, field);
  docPane.setAttribute('aria-description', 'Choose a text here to fill the field last focused: the arrow keys move between texts, Enter uses one.');
  const actions = {
    edit: (changes: FieldChange[]) => send({ type: 'edit', changes }),
    markReviewed: (reviewed: boolean) => send({ type: 'markReviewed', reviewed }),
    discard: () => send({ type: 'discard' }),
    copyMarkdown: () => send({ type: 'copyMarkdown' }),
    copyJson: () => send({ type: 'copyJson' }),
    focus: (path: string) => {
      fieldPath = path;
      mark(path);
    },
    hover: (path: string | undefined) => mark(path ?? fieldPath),
  };
  /** The form as last drawn: an answer carrying the same data leaves it (and the caret) alone. */
  let drawn = '';
  let rawText = '';
  window.addEventListener('message', (e: MessageEvent<HostMessage>) => {
    const msg = e.data;
    if (msg.type === 'load' || msg.type === 'saved') {
      const json = JSON.stringify(msg.review);
      if (json !== drawn) {
        drawn = json;
        rawText = msg.review.effective.raw_text;
        renderForm(fields, msg.review, actions);
      }
      status.textContent = msg.type === 'saved' ? 'Saved' : '';
    } else if (msg.type === 'copied') status.textContent = msg.what === 'json' ? 'Copied JSON' : 'Copied as Markdown';
    else if (msg.type === 'error') status.textContent = msg.message;
    else if (msg.type === 'sources') {
      marks.update(msg.provenance, rawText);
      if (fieldPath) mark(fieldPath);
    }
    else if (msg.type === 'focusField') {
      field()?.blur();
      actions.focus(msg.path);
      field()?.focus();
    } else if (msg.type === 'chooseText') pick.choose(msg.text);
  });
  send({ type: 'ready' });
}
