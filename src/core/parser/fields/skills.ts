/**
 * Skills from their section. Evidence: list separators, cells, bullets, "Label: items" groups, and
 * item/level pairs (words.ts). A bullet that starts a later cell (two bulleted columns side by side)
 * is a list marker, not part of the skill; a bulleted line is an item of its own, never the wrapped
 * end of a group label. Group labels are known by their words in the five corpus languages, rating
 * words beside a skill ("Kubernetes: Esperto") are levels.
 */
import { type DocLine, stripBullet } from '../document';
import { isLabelNoise } from './noise';
import { isLevel } from './words';

/** Group labels that name a kind of skill rather than a skill. */
const GENERIC = new Set(['it-kenntnisse', 'it kenntnisse', 'kenntnisse', 'technical', 'technical skills', 'tools', 'languages', 'programming languages', 'frameworks', 'other', 'others', 'software', 'skills', 'technologies', 'informatique', 'logiciels', 'outils', 'herramientas', 'sonstiges', 'soft skills', 'hard skills', 'platforms', 'databases & tools', 'level', 'niveau', 'keywords',
  'fachlich', 'fachkenntnisse', 'werkzeuge', 'methoden', 'programmiersprachen', 'datenbanken', 'techniques', 'compétences techniques', 'langages', 'bases de données',
  'técnicas', 'conocimientos técnicos', 'lenguajes', 'bases de datos', 'tecniche', 'competenze tecniche', 'strumenti', 'linguaggi', 'database']);
/** Rating words beside a skill that the language levels (words.ts) do not list. */
const SKILL_LEVELS = new Set(['esperto', 'esperta', 'avanzato', 'avanzata', 'experta', 'avanzada', 'competent', 'strong', 'solid']);

const words = (s: string): number => s.trim().split(/\s+/).length;

/** Joins list lines a narrow column wrapped: "…, Pho-" + "toshop, SQL" and "…, GitLab" + "CI". */
export function joinWrapped(lines: DocLine[]): string[][] {
  const out: string[][] = [];
  let prev: DocLine | undefined;
  const widest = Math.max(0, ...lines.map((l) => l.text.length));
  lines.forEach((l, i) => {
    const last = out[out.length - 1];
    const prevText = last ? last[last.length - 1] : '';
    // Only a line that fills the column can have wrapped; a short one ends its group.
    // A short line in another weight, or one that heads the next list, is a group label.
    const label = (!!prev && prev.bold !== l.bold) || (!/,/.test(l.text) && (lines[i + 1]?.text.split(',').length ?? 0) >= 2);
    const isList = prevText.split(',').length >= 3 && !!prev && prev.text.length >= 0.75 * widest && !label;
    if (last && last.length >= 2 && !l.bullet && l.cells.length === 1 && words(last[0]) <= 2 && words(l.text) <= 2 && !/[,;:]/.test(l.text) && l.gapAbove < 1.4) {
      // A group label wrapped in its own narrow column: "Web" / "Development".
      last[0] = `${last[0]} ${l.text}`;
    } else if (last && prev && !l.bullet && l.cells.length === 1 && l.gapAbove < 1.4 && isList && !/^[^:,]{2,40}:\s/.test(l.text) && !/[,;]$/.test(prevText) && !l.heading) {
      if (/\p{Ll}-$/u.test(prevText) && /^\p{Ll}/u.test(l.text)) last[last.length - 1] = prevText.slice(0, -1) + l.text;
      else last[last.length - 1] = `${prevText} ${l.text}`;
    } else if (last && prev && /[,;]$/.test(prevText) && !l.bullet && l.cells.length === 1) last[last.length - 1] = `${prevText} ${l.text}`;
    else out.push([...l.cells]);
    prev = l;
  });
  return out;
}

/** Splits on commas, semicolons, pipes and bullets, but not inside parentheses, keeping "C++", "Node.js", "CI/CD". */
export function splitSkillList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,;|•·●▪]/.test(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

function cleanSkill(s: string): string | undefined {
  let t = stripBullet(s).text.replace(/\s*:$/, '').replace(/\s*\((?:[^()]*)\)\s*$/, '').replace(/\s*[-–:]\s*(\d{1,3}\s?%|\d\/\d+)$/, '').replace(/^[-–•*]\s*/, '').replace(/[.:]$/, '').trim();
  t = t.replace(/\s+/g, ' ');
  if (!t || t.length > 50 || isLevel(t) || SKILL_LEVELS.has(t.toLowerCase()) || isLabelNoise(t) || GENERIC.has(t.toLowerCase())) return undefined;
  if (t.split(' ').length > 5) return undefined;
  return t;
}

/** Skills of a section: labels of groups ("Machine Learning: …") count, levels do not. */
export function parseSkills(lines: DocLine[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (s: string): void => {
    const c = cleanSkill(s);
    if (c && !seen.has(c.toLowerCase())) {
      seen.add(c.toLowerCase());
      out.push(c);
    }
  };
  for (const cells of joinWrapped(lines)) {
    for (const cell of cells) {
      const m = /^([^:,]{2,40}):\s*(.+)$/.exec(cell);
      if (m) {
        add(m[1]);
        for (const s of splitSkillList(m[2])) add(s);
      } else if (cell.split(/\s+/).length > 6 && !/[,;|•]/.test(cell)) continue;
      else for (const s of splitSkillList(cell)) add(s);
    }
  }
  return out;
}

/**
 * Skills listed without a heading as "item" / "level" pairs ("SwiftUI" / "Expert" …), as some
 * sidebars print them: at least three such pairs in a row.
 */
export function levelPairs(lines: DocLine[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length >= 3) out.push(...run);
    run = [];
  };
  for (let i = 0; i + 1 < lines.length; i++) {
    const item = lines[i].text;
    if (lines[i].cells.length === 1 && !isLevel(item) && item.split(/\s+/).length <= 3 && isLevel(lines[i + 1].text)) {
      run.push(item);
      i++;
    } else flush();
  }
  flush();
  return out;
}
