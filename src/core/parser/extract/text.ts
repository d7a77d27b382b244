import { type DocLine, type ExtractedDoc, makeLine } from '../document';
import { decodeCp1252 } from './cp1252';
import { htmlToLines } from './html';
import { capsHeading, colonHeading, framedHeading, isRule, labelShaped } from './plainHeadings';

/** Decodes text as UTF-8, UTF-16 (with a byte-order mark) or, failing UTF-8, Latin-1 (Windows-1252). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeCp1252(bytes);
  }
}

/**
 * Plain text: one line per line, runs of 3+ spaces or tabs split cells, blank lines become gaps,
 * rule lines are dropped; headings are marked on the evidence listed in plainHeadings.
 */
export function textToLines(text: string): DocLine[] {
  const lines: DocLine[] = [];
  let blank = 0;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    if (!raw.trim()) {
      blank++;
      continue;
    }
    if (/^\s*([=_*~-])\1{2,}\s*$/.test(raw) || /^\s*(=+|-+)\s*$/.test(raw)) {
      const prev = lines[lines.length - 1];
      if (prev && blank === 0 && isRule(raw) && prev.cells.length === 1 && !prev.bullet && labelShaped(prev.text)) prev.heading = true;
      continue;
    }
    const label = framedHeading(raw) ?? colonHeading(raw);
    const line = makeLine(label ? [label] : raw.split(/\t| {3,}/), { gapAbove: 1 + blank, size: 10 });
    if (line) {
      line.heading = !!label || (line.cells.length === 1 && !line.bullet && capsHeading(line.text));
      lines.push(line);
    }
    blank = 0;
  }
  return lines;
}

const MD_LINK = /!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g;

/** Markdown: HTML tags dropped, #-headings kept as headings, links collected, emphasis marks removed. */
export function markdownToLines(md: string, links: string[]): DocLine[] {
  const lines: DocLine[] = [];
  const body = md.replace(/<!--[\s\S]*?-->/g, '');
  let blank = 0;
  for (const raw0 of body.split(/\r\n|\r|\n/)) {
    let raw = raw0.replace(/<(https?:[^>\s]+|[^>\s@]+@[^>\s]+)>/g, '$1').replace(/<\/?[a-z][^>]*>/gi, '');
    raw = raw.replace(MD_LINK, (_m, text: string, href: string) => {
      if (/^(https?:|mailto:|tel:|www\.)/i.test(href)) links.push(href);
      return text;
    });
    if (!raw.trim()) {
      blank++;
      continue;
    }
    if (/^\s*(=+|-+|\*{3,}|_{3,})\s*$/.test(raw)) {
      if (/^\s*=+\s*$|^\s*-+\s*$/.test(raw) && lines.length && blank === 0) lines[lines.length - 1].heading = true;
      continue;
    }
    const h = /^\s*(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    const text = (h ? h[2] : raw).replace(/(\*\*|__)(.+?)\1/g, '$2').replace(/(^|\W)[*_](\S[^*_]*?)[*_](?=\W|$)/g, '$1$2').replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
    const cells = /^\s*\|.*\|\s*$/.test(text) ? text.split('|').map((c) => c.trim()).filter((c) => c && !/^:?-+:?$/.test(c)) : text.split(/\t| {3,}/);
    const bold = /^\s*(\*\*|__).*(\*\*|__)\s*$/.test(raw);
    const label = h ? undefined : colonHeading(text);
    const line = makeLine(label ? [label] : cells, { gapAbove: 1 + blank, heading: !!h, size: h ? 22 - 2 * h[1].length : 10, bold });
    if (line && !h && line.cells.length === 1 && !line.bullet) line.heading = !!label || capsHeading(line.text) || (bold && labelShaped(line.text));
    if (line) lines.push(line);
    blank = 0;
  }
  return lines;
}

export function extractText(bytes: Uint8Array, markdown: boolean): ExtractedDoc {
  const text = decodeText(bytes);
  const links: string[] = [];
  if (markdown) return { lines: markdownToLines(text, links), links, warnings: [], bodySize: 10 };
  if (/^\s*<(!doctype html|html)/i.test(text)) return { lines: htmlToLines(text, links), links, warnings: [], bodySize: 10 };
  return { lines: textToLines(text), links, warnings: [], bodySize: 10 };
}
