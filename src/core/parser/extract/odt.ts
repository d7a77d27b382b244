import { CvParseError } from '../errors';
import { type DocLine, type ExtractedDoc, makeLine } from '../document';
import { decodeEntities } from './html';
import { readZipEntries, utf8 } from './zip';

/** Style names whose text is bold, from the automatic styles of content.xml and styles.xml. */
function boldStyles(xml: string): Set<string> {
  const out = new Set<string>();
  const re = /<style:style\b([^>]*?)(\/>|>([\s\S]*?)<\/style:style>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const name = /style:name="([^"]+)"/.exec(m[1])?.[1];
    if (name && /fo:font-weight="(bold|[6-9]00)"/.test(m[3] ?? '')) out.add(name);
  }
  return out;
}

interface State {
  lines: DocLine[];
  links: string[];
  cells: string[];
  cur: string;
  heading: number;
  bullet: boolean;
  boldChars: number;
  chars: number;
  inRow: boolean;
}

function endLine(s: State): void {
  if (s.cur.trim()) s.cells.push(s.cur);
  s.cur = '';
  const line = makeLine(s.cells.flatMap((c) => c.split('\t')), {
    heading: s.heading > 0, size: s.heading ? 20 - 2 * s.heading : 10, bullet: s.bullet, bold: s.chars > 0 && s.boldChars >= s.chars,
  });
  if (line) s.lines.push(line);
  s.cells = [];
  s.boldChars = 0;
  s.chars = 0;
}

export function odtXmlToLines(xml: string, bold: Set<string>, links: string[]): DocLine[] {
  const body = xml.slice(Math.max(0, xml.indexOf('<office:body')));
  const s: State = { lines: [], links, cells: [], cur: '', heading: 0, bullet: false, boldChars: 0, chars: 0, inRow: false };
  const boldStack: boolean[] = [];
  const re = /<(\/?)([a-z]+:[a-z-]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[5] !== undefined) {
      const text = decodeEntities(m[5]);
      s.cur += text;
      const n = text.replace(/\s/g, '').length;
      s.chars += n;
      if (boldStack.some(Boolean)) s.boldChars += n;
      continue;
    }
    const [closing, name, attrs, selfClosing] = [m[1] === '/', m[2], m[3], m[4] === '/'];
    const style = /text:style-name="([^"]+)"/.exec(attrs)?.[1];
    if (name === 'text:tab') s.cur += '\t';
    else if (name === 'text:s') s.cur += ' '.repeat(Math.min(Number(/text:c="(\d+)"/.exec(attrs)?.[1] ?? 1), 8));
    else if (name === 'text:line-break') endLine(s);
    else if (name === 'text:a' && !closing) {
      const href = /xlink:href="([^"]*)"/.exec(attrs)?.[1];
      if (href) links.push(decodeEntities(href));
    } else if (name === 'text:span') {
      if (selfClosing) continue;
      if (closing) boldStack.pop();
      else boldStack.push(!!style && bold.has(style));
    } else if (name === 'text:p' || name === 'text:h') {
      if (closing || selfClosing) {
        if (s.inRow) s.cur += ' ';
        else endLine(s);
        boldStack.pop();
        s.heading = 0;
        if (selfClosing) continue;
      } else {
        if (!s.inRow) endLine(s);
        boldStack.push(!!style && bold.has(style));
        s.heading = name === 'text:h' ? Number(/text:outline-level="(\d+)"/.exec(attrs)?.[1] ?? 1) : 0;
      }
    } else if (name === 'text:list-item') s.bullet = !closing;
    else if (name === 'table:table-row') {
      endLine(s);
      s.inRow = !closing && !selfClosing;
    } else if (name === 'table:table-cell' && closing) {
      if (s.cur.trim()) s.cells.push(s.cur);
      s.cur = '';
    }
  }
  endLine(s);
  return s.lines;
}

export function extractOdt(bytes: Uint8Array): ExtractedDoc {
  const files = readZipEntries(bytes, (n) => n === 'content.xml' || n === 'styles.xml' || n === 'mimetype', 'ODT');
  if (!files['content.xml']) throw new CvParseError('not a valid ODT file (no content.xml inside)');
  const xml = utf8(files['content.xml']);
  if (!xml.includes('<office:document-content')) throw new CvParseError('not a valid ODT file (content.xml is not an OpenDocument body)');
  const bold = boldStyles(xml + (files['styles.xml'] ? utf8(files['styles.xml']) : ''));
  const links: string[] = [];
  return { lines: odtXmlToLines(xml, bold, links), links, warnings: [], bodySize: 10 };
}
