import { type Looks, merge } from './looks';
import { type XmlEl, child, children } from './xml';

interface StyleDef {
  basedOn?: string;
  looks: Looks;
}

export interface DocxStyles {
  defaults: Looks;
  /** The resolved looks of a paragraph or character style, following basedOn. */
  resolve(id: string | undefined): Looks;
  /** The paragraph style used where a paragraph names none. */
  normal?: string;
}

/** A toggle property: present means on unless its value says off. */
function toggle(el: XmlEl | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined || !/^(0|false|off)$/i.test(v);
}

export function runLooks(rPr: XmlEl | undefined): Looks {
  const sz = Number(child(rPr, 'w:sz')?.attrs['w:val']);
  return {
    bold: toggle(child(rPr, 'w:b')),
    size: sz > 0 ? sz / 2 : undefined,
    caps: toggle(child(rPr, 'w:caps')) ?? toggle(child(rPr, 'w:smallCaps')),
    hidden: toggle(child(rPr, 'w:vanish')),
  };
}

export function paragraphLooks(pPr: XmlEl | undefined): Looks {
  const outline = child(pPr, 'w:outlineLvl')?.attrs['w:val'];
  const numId = child(child(pPr, 'w:numPr'), 'w:numId')?.attrs['w:val'];
  return { outline: outline === undefined ? undefined : Number(outline), list: numId === undefined ? undefined : numId !== '0' };
}

function styleDef(s: XmlEl): StyleDef {
  const name = (child(s, 'w:name')?.attrs['w:val'] ?? '').toLowerCase();
  const looks = merge(paragraphLooks(child(s, 'w:pPr')), runLooks(child(s, 'w:rPr')));
  // Built-in names are English in every language of Word; ids are translated.
  const level = /^heading (\d)$/.exec(name);
  if (level && looks.outline === undefined) looks.outline = Number(level[1]) - 1;
  if (/^list (bullet|number)/.test(name) && looks.list === undefined) looks.list = true;
  return { basedOn: child(s, 'w:basedOn')?.attrs['w:val'], looks };
}

export function readStyles(root: XmlEl | undefined): DocxStyles {
  const defs = new Map<string, StyleDef>();
  for (const s of children(root, 'w:style')) {
    const id = s.attrs['w:styleId'];
    if (id) defs.set(id, styleDef(s));
  }
  const docDefaults = child(root, 'w:docDefaults');
  const defaults = merge({ size: 10, bold: false }, runLooks(child(child(docDefaults, 'w:rPrDefault'), 'w:rPr')));
  const cache = new Map<string, Looks>();
  const resolve = (id: string | undefined, depth = 0): Looks => {
    if (!id || depth > 20) return {};
    const hit = cache.get(id);
    if (hit) return hit;
    const def = defs.get(id);
    const looks = def ? merge(resolve(def.basedOn, depth + 1), def.looks) : {};
    cache.set(id, looks);
    return looks;
  };
  const normal = children(root, 'w:style').find((s) => s.attrs['w:type'] === 'paragraph' && /^(1|true|on)$/i.test(s.attrs['w:default'] ?? ''))?.attrs['w:styleId'];
  return { defaults, normal, resolve: (id) => resolve(id) };
}
