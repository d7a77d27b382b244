/**
 * Languages from their section. Evidence: a language name with a proficiency word or level
 * (words.ts) beside it, in the same cell, after a separator or on the next line. A grid of one column
 * per language can come out as a row of names run together ("Italiano  Arabo Inglese Polacco") over a
 * row of levels: every word a language name makes them languages, and a row below with as many words
 * gives their levels in order.
 */
import type { Language } from '../../parsedCv';
import type { DocLine } from '../document';
import { isLevel } from './words';

const NAMES = ['english', 'german', 'french', 'spanish', 'italian', 'portuguese', 'dutch', 'polish', 'russian', 'ukrainian', 'chinese', 'mandarin', 'cantonese', 'japanese', 'korean', 'arabic', 'turkish', 'hindi', 'urdu', 'bengali', 'swedish', 'norwegian', 'danish', 'finnish', 'greek', 'czech', 'slovak', 'hungarian', 'romanian', 'bulgarian', 'croatian', 'serbian', 'slovenian', 'hebrew', 'persian', 'farsi', 'vietnamese', 'thai', 'indonesian', 'malay', 'swahili', 'catalan', 'basque', 'galician', 'latin', 'tagalog', 'filipino', 'punjabi', 'tamil',
  'englisch', 'deutsch', 'französisch', 'spanisch', 'italienisch', 'portugiesisch', 'niederländisch', 'polnisch', 'russisch', 'ukrainisch', 'chinesisch', 'japanisch', 'koreanisch', 'arabisch', 'türkisch', 'schwedisch', 'norwegisch', 'dänisch', 'finnisch', 'griechisch', 'tschechisch', 'ungarisch', 'rumänisch', 'kroatisch', 'serbisch', 'hebräisch', 'persisch', 'vietnamesisch', 'hindi',
  'anglais', 'allemand', 'français', 'espagnol', 'italien', 'portugais', 'néerlandais', 'polonais', 'russe', 'chinois', 'japonais', 'coréen', 'arabe', 'turc', 'suédois', 'grec', 'roumain',
  'inglés', 'alemán', 'francés', 'español', 'castellano', 'italiano', 'portugués', 'holandés', 'polaco', 'ruso', 'chino', 'japonés', 'coreano', 'árabe', 'turco', 'catalán',
  'inglese', 'tedesco', 'francese', 'spagnolo', 'portoghese', 'olandese', 'polacco', 'cinese', 'giapponese', 'arabo', 'russo', 'greco', 'svedese', 'rumeno', 'ucraino', 'ucraniano', 'ukrainien', 'sueco', 'griego', 'rumano', 'hindi', 'engels', 'duits', 'frans', 'spaans', 'nederlands', 'inglês', 'alemão', 'francês', 'espanhol', 'português'];
const NAME_SET = new Set(NAMES);

export function isLanguage(s: string): boolean {
  return NAME_SET.has(s.trim().toLowerCase());
}

/** Pieces of a line: "Deutsch: Muttersprache", "Mandarin (Elementary) , German (Basic)", cells. */
function pieces(l: DocLine): string[] {
  return l.cells.flatMap((c) => c.split(/\s*[,;|•·]\s*(?![^()]*\))/)).map((s) => s.trim()).filter(Boolean);
}

function parsePiece(p: string): Language | undefined {
  const m = /^(\p{L}[\p{L} -]*?)\s*(?:[:(–—-]\s*|\s+)(.*?)\)?$/u.exec(p);
  if (isLanguage(p)) return { language: p.trim() };
  if (m && isLanguage(m[1])) {
    const prof = m[2].replace(/^[:(–-]\s*/, '').trim();
    return prof ? { language: m[1].trim(), proficiency: prof } : { language: m[1].trim() };
  }
  return undefined;
}

/** "Italiano Arabo Inglese" over "madrelingua ottimo buono": the names, with levels when the words pair up. */
function nameRow(line: DocLine, next: DocLine | undefined): { langs: Language[]; usedNext: boolean } | undefined {
  const names = line.text.split(/\s+/);
  // names in cells of their own are the grid parseLanguages reads cell by cell
  if (line.cells.every((c) => !/\s/.test(c)) || !names.every(isLanguage)) return undefined;
  const levels = next?.text.split(/\s+/) ?? [];
  const paired = levels.length === names.length && !levels.some(isLanguage);
  return { langs: names.map((language, k) => (paired ? { language, proficiency: levels[k] } : { language })), usedNext: paired };
}

export function parseLanguages(lines: DocLine[]): Language[] {
  const out: Language[] = [];
  for (let i = 0; i < lines.length; i++) {
    const row = nameRow(lines[i], lines[i + 1]);
    if (row) {
      out.push(...row.langs);
      if (row.usedNext) i++;
      continue;
    }
    const ps = pieces(lines[i]);
    const langs = ps.map(parsePiece);
    // A grid: a row of language names, the row below their levels.
    const below = lines[i + 1] ? pieces(lines[i + 1]) : [];
    if (langs.every((l) => l && !l.proficiency) && below.length === ps.length && below.every((b) => !parsePiece(b))) {
      langs.forEach((l, k) => l && out.push({ language: l.language, proficiency: below[k] }));
      i++;
      continue;
    }
    for (let k = 0; k < ps.length; k++) {
      const l = langs[k];
      if (!l) continue;
      // "English" then "Native speaker" in the next cell.
      if (!l.proficiency && ps[k + 1] && !langs[k + 1] && (isLevel(ps[k + 1]) || ps[k + 1].split(/\s+/).length <= 3)) {
        l.proficiency = ps[k + 1];
        k++;
      } else if (!l.proficiency && ps.length === 1 && below.length === 1 && !parsePiece(below[0]) && isLevel(below[0])) {
        l.proficiency = below[0];
        i++;
      }
      out.push(l);
    }
  }
  return out;
}
