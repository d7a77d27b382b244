import type { FieldChange, ReviewData } from '../../extension/review/protocol';
import { type FieldSpec, fieldGroups } from './formFields';

/** The form's buttons, each sending one message. */
export interface FormActions {
  edit(changes: FieldChange[]): void;
  markReviewed(reviewed: boolean): void;
  discard(): void;
  copyMarkdown(): void;
  copyJson(): void;
  /** A field got the focus: its source is marked in the document, and a chosen text fills it. */
  focus(path: string): void;
  /** The pointer is over a field (undefined: no longer). */
  hover(path: string | undefined): void;
}

/**
 * Builds the form of parsed fields with DOM properties only (textContent, value), so candidate
 * text is never parsed as HTML. A field is saved when it loses focus after a change.
 */
export function renderForm(host: HTMLElement, review: ReviewData, actions: FormActions): void {
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.path;
  const unsure = new Set(review.unsure);
  const corrected = new Set(review.corrected);
  const cv = review.effective;
  host.replaceChildren();

  const header = el('header', 'form-header');
  header.append(el('h1', '', cv.contact.name || review.fileName));
  const confidence = Math.round(cv.parse_confidence * 100);
  const meta = el('p', 'meta', `${review.fileName} · confidence ${confidence} %`);
  if (review.reviewed) meta.append(el('span', 'badge reviewed', ` · reviewed by ${review.reviewed.by}`));
  header.append(meta, toolbar(review, actions));
  host.append(header);

  if (cv.warnings.length) {
    const box = el('section', 'warnings');
    box.setAttribute('aria-label', 'Warnings');
    const list = el('ul', '');
    for (const w of cv.warnings) list.append(withIcon(el('li', ''), 'warning', w));
    box.append(list);
    host.append(box);
  }

  for (const group of fieldGroups(cv)) {
    const fs = el('fieldset', 'group');
    fs.append(el('legend', '', group.title));
    for (const f of group.fields) fs.append(fieldRow(f, unsure.has(f.path), corrected.has(f.path), actions));
    host.append(fs);
  }
  if (focused) host.querySelector<HTMLElement>(`[data-path="${CSS.escape(focused)}"]`)?.focus();
}

function fieldRow(f: FieldSpec, unsure: boolean, corrected: boolean, actions: FormActions): HTMLElement {
  const row = el('div', `field${unsure ? ' unsure' : ''}${corrected ? ' corrected' : ''}`);
  const id = `f${f.path.replace(/[^a-z0-9]/gi, '_')}`;
  const label = el('label', '', f.label);
  label.htmlFor = id;
  const input = f.multiline ? document.createElement('textarea') : document.createElement('input');
  input.id = id;
  input.dataset.path = f.path;
  input.value = f.value;
  if (input instanceof HTMLTextAreaElement) input.rows = Math.min(8, Math.max(2, f.value.split('\n').length));
  const notes: string[] = [];
  if (unsure) notes.push('the parser is unsure of this field');
  if (corrected) notes.push('corrected');
  if (notes.length) {
    const note = el('span', 'note');
    note.id = `${id}-note`;
    if (unsure) note.append(icon('warning'));
    if (corrected) note.append(icon('edit'));
    note.append(el('span', 'sr-only', notes.join(', ')));
    note.title = notes.join(', ');
    input.setAttribute('aria-describedby', note.id);
    label.append(' ', note);
  }
  if (f.parse) input.dataset.list = 'true';
  input.addEventListener('focus', () => actions.focus(f.path));
  row.addEventListener('mouseenter', () => actions.hover(f.path));
  row.addEventListener('mouseleave', () => actions.hover(undefined));
  input.addEventListener('change', () => {
    const text = input.value.trim();
    actions.edit([{ path: f.path, value: f.parse ? f.parse(text) : text || null }]);
  });
  row.append(label, input);
  return row;
}

function toolbar(review: ReviewData, actions: FormActions): HTMLElement {
  const bar = el('div', 'toolbar');
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Review actions');
  const reviewed = !!review.reviewed;
  bar.append(
    button(reviewed ? 'Reviewed' : 'Mark Reviewed', reviewed ? 'pass-filled' : 'pass', () => actions.markReviewed(!reviewed), reviewed ? 'Reviewed: press to mark it not reviewed' : undefined),
    button('Discard Corrections', 'discard', () => actions.discard(), undefined, review.corrected.length === 0),
    button('Copy as Markdown', 'markdown', () => actions.copyMarkdown()),
    button('Copy JSON', 'json', () => actions.copyJson()),
  );
  return bar;
}

function button(text: string, codicon: string, onClick: () => void, ariaLabel?: string, disabled = false): HTMLButtonElement {
  const b = withIcon(document.createElement('button'), codicon, text);
  b.type = 'button';
  b.disabled = disabled;
  if (ariaLabel) b.setAttribute('aria-label', ariaLabel);
  b.addEventListener('click', onClick);
  return b;
}

function withIcon<T extends HTMLElement>(e: T, codicon: string, text: string): T {
  e.append(icon(codicon), el('span', '', text));
  return e;
}

function icon(name: string): HTMLElement {
  const i = el('i', `codicon codicon-${name}`);
  i.setAttribute('aria-hidden', 'true');
  return i;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}
