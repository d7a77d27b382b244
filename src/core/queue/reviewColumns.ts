import type { ParsedCV } from '../parsedCv';
import { type FieldCorrection, applyCorrections, listedFields } from '../review/corrections';

/**
 * The review columns both backends share: corrections_json (the corrections in order, NULL when
 * none) and corrected_json (what lists and searches show of the corrected CV, NULL when there
 * are no corrections, so those fall back to the parser's columns).
 */

/** The corrections column as a list; anything else, or broken JSON, is no corrections. */
export function parseCorrections(json: unknown): FieldCorrection[] {
  if (typeof json !== 'string' || !json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter(isCorrection) : [];
  } catch {
    return [];
  }
}

export function correctionsColumn(corrections: readonly FieldCorrection[]): string | null {
  return corrections.length ? JSON.stringify(corrections) : null;
}

/** The listed fields of the parsed CV once corrected, or null when nothing is corrected. */
export function correctedColumn(original: ParsedCV, corrections: readonly FieldCorrection[]): string | null {
  return corrections.length ? JSON.stringify(listedFields(applyCorrections(original, corrections).cv)) : null;
}

/** The parsed CV as reviewed, from its result and its corrections column. */
export function effectiveCv(original: ParsedCV, correctionsJson: unknown): ParsedCV {
  const corrections = parseCorrections(correctionsJson);
  return corrections.length ? applyCorrections(original, corrections).cv : original;
}

function isCorrection(value: unknown): value is FieldCorrection {
  const c = value as Partial<FieldCorrection> | null;
  return typeof c === 'object' && c !== null && typeof c.path === 'string' && 'value' in c && typeof c.by === 'string' && typeof c.at === 'string';
}
