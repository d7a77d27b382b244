/** What can be chosen in the document: a PDF text run, a line of a text or DOCX/ODT view. */
const CHOICES = '.text-run, .doc-flow p, .doc-flow li, .doc-flow td, .doc-flow h3, .doc-text .line';

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Clicking a text in the document fills the field last focused with it (a list field gets it as
 * one more line), as if typed: the field's change handler saves it as a correction. From the
 * keyboard: the arrow keys move between the texts of the focused document, Enter or Space uses one.
 */
export class TextPick {
  private current = -1;

  constructor(private readonly pane: HTMLElement, private readonly field: () => Field | undefined) {
    pane.addEventListener('click', (e) => {
      const choice = (e.target as HTMLElement | null)?.closest<HTMLElement>(CHOICES);
      if (choice && pane.contains(choice)) this.use(choice);
    });
    pane.addEventListener('keydown', (e) => this.key(e));
  }

  /** Chooses the first text containing `text`, as a click on it would. */
  choose(text: string): boolean {
    const choice = this.choices().find((c) => (c.textContent ?? '').includes(text));
    choice?.click();
    return !!choice;
  }

  private choices(): HTMLElement[] {
    return [...this.pane.querySelectorAll<HTMLElement>(CHOICES)];
  }

  private use(choice: HTMLElement): void {
    const text = (choice.textContent ?? '').replace(/\s+/g, ' ').trim();
    const field = this.field();
    if (!text || !field) return;
    const list = field.dataset.list === 'true';
    const lines = field.value.split('\n').map((l) => l.trim()).filter(Boolean);
    if (list && lines.includes(text)) return;
    field.value = list ? [...lines, text].join('\n') : text;
    field.dispatchEvent(new Event('change'));
    field.focus();
  }

  private key(e: KeyboardEvent): void {
    const step = e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? -1 : 0;
    const choices = this.choices();
    if (!choices.length) return;
    if (step) {
      e.preventDefault();
      this.current = Math.min(choices.length - 1, Math.max(0, this.current + step));
      const c = choices[this.current];
      c.tabIndex = -1;
      c.focus();
    } else if ((e.key === 'Enter' || e.key === ' ') && document.activeElement instanceof HTMLElement && document.activeElement.matches(CHOICES)) {
      e.preventDefault();
      this.use(document.activeElement);
    }
  }
}
