import { type Looks, merge } from './looks';
import { type XmlEl, child, children } from './xml';

/** Text looks of OpenDocument styles (fo:font-weight, fo:font-size, small caps, upper case), following parent styles. */
export interface OdtStyles {
  defaults: Looks;
  resolve(name: string | undefined): Looks;
}

interface Def {
  parent?: string;
  looks: Looks;
  /** A font size given in percent of the parent's. */
  scale?: number;
}

const UNIT_PT: Record<string, number> = { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pc: 12, px: 0.75 };

/** A length such as "12pt" or "2.5cm" in points; 0 when unreadable. */
export function points(v: string | undefined): number {
  const m = /^([\d.]+)(pt|in|cm|mm|pc|px)$/.exec(v ?? '');
  return m ? Number(m[1]) * UNIT_PT[m[2]] : 0;
}

function textLooks(el: XmlEl | undefined): { looks: Looks; scale?: number } {
  const tp = child(el, 'style:text-properties');
  const a = tp?.attrs ?? {};
  const weight = a['fo:font-weight'];
  const size = a['fo:font-size'] ?? '';
  const pct = /^([\d.]+)%$/.exec(size);
  const looks: Looks = {
    bold: weight === undefined ? undefined : /^(bold|[6-9]00)$/.test(weight),
    size: points(size) || undefined,
    caps: a['fo:font-variant'] === 'small-caps' || a['fo:text-transform'] === 'uppercase' ? true : undefined,
    hidden: a['text:display'] === 'none' ? true : undefined,
  };
  const outline = el?.attrs['style:default-outline-level'];
  if (outline) looks.outline = Number(outline) - 1;
  if (el?.attrs['style:list-style-name']) looks.list = true;
  return { looks, scale: pct ? Number(pct[1]) / 100 : undefined };
}

/** Styles from the given containers (office:styles, office:automatic-styles), later ones winning. */
export function readOdtStyles(containers: (XmlEl | undefined)[]): OdtStyles {
  const defs = new Map<string, Def>();
  let defaults: Looks = { size: 12, bold: false };
  for (const c of containers) {
    for (const d of children(c, 'style:default-style')) if (d.attrs['style:family'] === 'paragraph') defaults = merge(defaults, textLooks(d).looks);
    for (const s of children(c, 'style:style')) {
      const name = s.attrs['style:name'];
      if (name) defs.set(name, { parent: s.attrs['style:parent-style-name'], ...textLooks(s) });
    }
  }
  const cache = new Map<string, Looks>();
  const resolve = (name: string | undefined, depth = 0): Looks => {
    if (!name || depth > 20) return {};
    const hit = cache.get(name);
    if (hit) return hit;
    const def = defs.get(name);
    if (!def) return {};
    const parent = resolve(def.parent, depth + 1);
    const looks = merge(parent, def.looks);
    if (def.scale) looks.size = (parent.size ?? defaults.size ?? 12) * def.scale;
    cache.set(name, looks);
    return looks;
  };
  return { defaults, resolve: (name) => resolve(name) };
}
