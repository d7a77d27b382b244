import { SaxesParser } from 'saxes';
import { CvParseError } from '../errors';

/** A parsed XML element with prefixed names ("w:p", "text:h") as written. */
export interface XmlEl {
  name: string;
  attrs: Record<string, string>;
  kids: XmlNode[];
}
export type XmlNode = XmlEl | string;

/** A CV nests a dozen levels and holds a few thousand elements (a long, heavily formatted one some tens of thousands); far beyond that is hostile input. */
const MAX_DEPTH = 256;
const MAX_ELEMENTS = 200_000;

/**
 * Parses XML into a light tree with a strict, well-kept parser: no DTD entities are expanded,
 * so an entity bomb is an error, and depth and element count are capped before memory grows.
 */
export function parseXml(text: string, what: string): XmlEl {
  const root: XmlEl = { name: '#root', attrs: {}, kids: [] };
  const stack: XmlEl[] = [root];
  let count = 0;
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => {
    if (++count > MAX_ELEMENTS) throw new CvParseError(`${what} is too large to be a CV (over ${MAX_ELEMENTS.toLocaleString('en')} XML elements)`);
    if (stack.length > MAX_DEPTH) throw new CvParseError(`damaged ${what}: elements nested too deeply`);
    const el: XmlEl = { name: tag.name, attrs: tag.attributes as Record<string, string>, kids: [] };
    stack[stack.length - 1].kids.push(el);
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const addText = (t: string): void => {
    stack[stack.length - 1].kids.push(t);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (err) {
    if (err instanceof CvParseError) throw err;
    throw new CvParseError(`damaged ${what}: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
  }
  const top = root.kids.find((k): k is XmlEl => typeof k !== 'string');
  if (!top) throw new CvParseError(`damaged ${what}: no XML content`);
  return top;
}

export function isEl(n: XmlNode | undefined): n is XmlEl {
  return typeof n === 'object';
}

/** The first child element with this name. */
export function child(el: XmlEl | undefined, name: string): XmlEl | undefined {
  return el?.kids.find((k): k is XmlEl => isEl(k) && k.name === name);
}

export function children(el: XmlEl | undefined, name: string): XmlEl[] {
  return (el?.kids ?? []).filter((k): k is XmlEl => isEl(k) && k.name === name);
}

/** All descendants with this name, in document order, not looking inside a match. */
export function descendants(el: XmlEl, name: string, out: XmlEl[] = []): XmlEl[] {
  for (const k of el.kids) {
    if (!isEl(k)) continue;
    if (k.name === name) out.push(k);
    else descendants(k, name, out);
  }
  return out;
}

/** The concatenated text of an element and its descendants. */
export function textOf(el: XmlEl): string {
  let s = '';
  for (const k of el.kids) s += isEl(k) ? textOf(k) : k;
  return s;
}
