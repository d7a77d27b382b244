import { type DocLine, makeLine } from '../document';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const HEADING_SIZE: Record<string, number> = { h1: 20, h2: 16, h3: 14, h4: 12, h5: 11, h6: 11 };

/**
 * Turns simple HTML (an HTML file saved as .txt, HTML inside Markdown) into lines: one per paragraph,
 * heading, list item or table row (cells kept apart); links are collected.
 */
export function htmlToLines(html: string, links: string[], bodySize = 10): DocLine[] {
  const lines: DocLine[] = [];
  const re = /<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi;
  let cells: string[] = [];
  let cur = '';
  let tag = 'p';
  let bullet = false;
  let boldChars = 0;
  let bold = 0;
  let inRow = false;
  const endCell = (): void => {
    if (cur.trim()) cells.push(cur);
    cur = '';
  };
  const endLine = (): void => {
    endCell();
    const text = cells.join('');
    const size = HEADING_SIZE[tag] ?? bodySize;
    const line = makeLine(cells.flatMap((c) => c.split('\t')), { heading: tag in HEADING_SIZE, size, bullet, bold: boldChars > 0 && boldChars >= text.replace(/\s/g, '').length });
    if (line) lines.push(line);
    cells = [];
    bullet = false;
    boldChars = 0;
  };
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[4] !== undefined) {
      const text = decodeEntities(m[4]);
      cur += text;
      if (bold > 0) boldChars += text.replace(/\s/g, '').length;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    if (name === 'strong' || name === 'b') bold = Math.max(0, bold + (closing ? -1 : 1));
    else if (name === 'a' && !closing) {
      const href = /href\s*=\s*"([^"]*)"/i.exec(m[3])?.[1];
      if (href && /^(https?:|mailto:|tel:|www\.)/i.test(href)) links.push(decodeEntities(href));
    } else if (name === 'br') endLine();
    else if (name === 'tr') {
      if (!closing) endLine();
      else endLine();
      inRow = !closing;
    } else if (name === 'td' || name === 'th') {
      if (closing) endCell();
    } else if (/^(p|h[1-6]|li|div|ul|ol|table|section|header|footer|blockquote|pre)$/.test(name)) {
      if (inRow && (name === 'p' || name === 'div')) {
        if (closing) cur += ' ';
        continue;
      }
      endLine();
      if (!closing) {
        tag = name;
        bullet = name === 'li';
      } else tag = 'p';
    }
  }
  endLine();
  return lines;
}
