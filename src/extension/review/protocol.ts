/**
 * The messages between the review panel's webview and the extension. Free of vscode and of the
 * DOM, so both sides (and the unit tests) share one definition.
 */
import type { ParsedCV, Provenance } from '../../core/parsedCv';

/** One edited field: a JSON pointer into ParsedCV ("/contact/email", "/work_history/0/title"). */
export interface FieldChange {
  path: string;
  value: unknown;
}

/** What the webview sends. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'edit'; changes: FieldChange[] }
  | { type: 'markReviewed'; reviewed?: boolean }
  | { type: 'discard' }
  | { type: 'copyMarkdown' }
  | { type: 'copyJson' }
  /** The document side is drawn (PDF: its page count), or why it could not be. */
  | { type: 'shown'; pages?: number; error?: string }
  /** A field's source is marked in the document: how many marks, on which PDF pages. */
  | { type: 'highlighted'; path: string; marks: number; pages: number[] }
  /** PDF pages drawn so far (they are drawn as they scroll into view). */
  | { type: 'pagesDrawn'; pages: number[] };

/** How the CV itself is shown on the left. */
export type DocumentView =
  | { kind: 'pdf'; src: string }
  | { kind: 'image'; src: string }
  | { kind: 'html'; html: string }
  | { kind: 'none'; reason: string };

/** Everything the form shows for one CV. */
export interface ReviewData {
  id: string;
  fileName: string;
  /** The effective result: the parser's with the corrections applied. */
  effective: ParsedCV;
  /** JSON pointers of the fields a user corrected. */
  corrected: string[];
  /** JSON pointers the parser is unsure of (warnings naming a field, low confidence). */
  unsure: string[];
  reviewed?: { by: string; at: string };
}

/** What the extension sends. */
export type HostMessage =
  | { type: 'load'; review: ReviewData }
  | { type: 'saved'; review: ReviewData }
  | { type: 'error'; message: string }
  | { type: 'copied'; what: 'markdown' | 'json' }
  /** Where the shown values were read (JSON pointer → page box or raw_text range); sent after the form. */
  | { type: 'sources'; provenance: Record<string, Provenance> }
  /**
   * Acts in the page as the user would, so the extension host's tests can drive it: focus a field
   * (which marks its source), or choose the document's first text containing `text` (which fills
   * the focused field).
   */
  | { type: 'focusField'; path: string }
  | { type: 'chooseText'; text: string };

const TYPES = new Set(['ready', 'edit', 'markReviewed', 'discard', 'copyMarkdown', 'copyJson', 'shown', 'highlighted', 'pagesDrawn']);

/** A webview may send anything; only well-formed messages reach the handler. */
export function isWebviewMessage(m: unknown): m is WebviewMessage {
  if (!m || typeof m !== 'object') return false;
  const type = (m as { type?: unknown }).type;
  if (typeof type !== 'string' || !TYPES.has(type)) return false;
  if (type !== 'edit') return true;
  const changes = (m as { changes?: unknown }).changes;
  return Array.isArray(changes) && changes.every((c) => !!c && typeof c === 'object' && typeof (c as FieldChange).path === 'string' && (c as FieldChange).path.startsWith('/'));
}
