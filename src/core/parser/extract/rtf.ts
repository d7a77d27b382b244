import { CvParseError } from '../errors';
import type { ExtractedDoc } from '../document';
import { decodeCp1252 } from './cp1252';
import { textToLines } from './text';

/** Destinations whose content is not document text. */
const SKIP = new Set(['fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object',
  'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'mmathPr', 'fldinst', 'pgdsctbl', 'revtbl', 'filetbl']);


/** Page headers and footers: contact details often live there. */
const MARGIN: Record<string, 'header' | 'footer'> = {
  header: 'header', headerl: 'header', headerr: 'header', headerf: 'header', footer: 'footer', footerl: 'footer', footerr: 'footer', footerf: 'footer',
};

interface Group {
  skip: boolean;
  uc: number;
  dest: 'body' | 'header' | 'footer';
}

/** Each distinct line once: first-page, left and right headers repeat one another. */
function distinctLines(text: string): string {
  const seen = new Set<string>();
  return text.split('\n').filter((l) => {
    const key = l.trim();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  }).join('\n');
}

/**
 * Reads the text of an RTF document: paragraphs, line breaks, tabs, table cells, hex and
 * Unicode escapes; page headers first and footers last; pictures, font tables and other
 * non-text destinations are skipped.
 */
export function rtfToText(src: string, links: string[]): string {
  let out = '';
  const margin = { header: '', footer: '' };
  const stack: Group[] = [];
  let g: Group = { skip: false, uc: 1, dest: 'body' };
  let pendingSkip = 0;
  let hyperlinkField = '';
  let inFldinst = false;
  const emit = (s: string): void => {
    if (pendingSkip > 0) {
      const n = Math.min(pendingSkip, s.length);
      pendingSkip -= n;
      s = s.slice(n);
    }
    if (g.skip) {
      if (inFldinst) hyperlinkField += s;
    } else if (g.dest === 'body') out += s;
    else margin[g.dest] += s;
  };
  const re = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+/g;
  let starDest = false;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (m[5] === '{') {
      stack.push(g);
      g = { ...g };
      if (stack.length > 200) throw new CvParseError('damaged RTF file: groups nested too deeply');
    } else if (m[5] === '}') {
      if (inFldinst && g.skip && !stack[stack.length - 1]?.skip) {
        const url = /HYPERLINK\s+"([^"]+)"/.exec(hyperlinkField)?.[1];
        if (url) links.push(url);
        hyperlinkField = '';
        inFldinst = false;
      }
      g = stack.pop() ?? { skip: false, uc: 1, dest: 'body' };
    } else if (m[1] !== undefined) {
      const word = m[1];
      const arg = m[2] === undefined ? undefined : Number(m[2]);
      if (starDest || SKIP.has(word)) {
        g.skip = true;
        if (word === 'fldinst') inFldinst = true;
      }
      starDest = false;
      if (Object.hasOwn(MARGIN, word)) g.dest = MARGIN[word];
      if (word === 'par' || word === 'line' || word === 'row' || word === 'sect' || word === 'page') emit('\n');
      else if (word === 'tab' || word === 'cell') emit('\t');
      else if (word === 'bullet') emit('•');
      else if (word === 'emdash') emit('—');
      else if (word === 'endash') emit('–');
      else if (word === 'uc' && arg !== undefined) g.uc = Math.max(0, Math.min(arg, 4));
      else if (word === 'u' && arg !== undefined) {
        emit(String.fromCharCode(arg < 0 ? arg + 65536 : arg));
        pendingSkip = g.uc;
      }
    } else if (m[3] !== undefined) emit(decodeCp1252(new Uint8Array([parseInt(m[3], 16)])));
    else if (m[4] !== undefined) {
      if (m[4] === '*') starDest = true;
      else if (m[4] === '~') emit(' ');
      else if (m[4] === '\\' || m[4] === '{' || m[4] === '}') emit(m[4]);
      else if (m[4] === '\n' || m[4] === '\r') emit('\n');
    } else if (m[6] !== undefined) emit(m[6]);
  }
  return [distinctLines(margin.header), out, distinctLines(margin.footer)].join('\n');
}

export function extractRtf(bytes: Uint8Array): ExtractedDoc {
  const src = Buffer.from(bytes).toString('latin1');
  if (!src.startsWith('{\\rtf')) throw new CvParseError('not a valid RTF file');
  const links: string[] = [];
  return { lines: textToLines(rtfToText(src, links)), links, warnings: [], bodySize: 10 };
}
