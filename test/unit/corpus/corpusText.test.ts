// The corpus generator's text families, end to end without outside renderers: every truth value is
// written into the document, the same seed gives the same document, and year-only notations drop months.
import assert from 'node:assert/strict';

// The generator is ES modules (.mts); a dynamic import keeps this CommonJS test compiling.
const load = async () => ({
  ...(await import('../../../scripts/corpus/buildDoc.mjs')),
  ...(await import('../../../scripts/corpus/families/textFamilies.mjs')),
});

interface Truth {
  contact: Record<string, string | string[]>;
  work_history: Array<{ title?: string; company?: string; start_date?: string; end_date?: string; current?: boolean }>;
  education: Array<{ institution?: string; degree?: string; field?: string; start_date?: string; end_date?: string }>;
  skills: string[];
  certifications: Array<{ name: string; date?: string }>;
  languages: Array<{ language: string }>;
}

function truthValues(t: Truth): string[] {
  const c = t.contact;
  return [c.name, c.email, c.phone, c.location, c.linkedin, c.github, c.website,
    ...t.work_history.flatMap((w) => [w.title, w.company]), ...t.education.flatMap((e) => [e.institution, e.degree, e.field]),
    ...t.skills, ...t.languages.map((l) => l.language), ...t.certifications.map((x) => x.name)].filter((v): v is string => typeof v === 'string');
}

describe('corpus generator (text families)', () => {
  it('writes every truth value into the document', async () => {
    const m = await load();
    for (const family of [m.txtUnderlined, m.txtCapsDense, m.txtColon, m.mdBold, m.mdTable]) {
      for (let i = 0; i < 6; i++) {
        const doc = await m.buildDoc(family, 1, i);
        assert.equal(doc.output.kind, 'text');
        const text = doc.output.kind === 'text' ? doc.output.text.toLowerCase() : '';
        const missing = truthValues(doc.truth as Truth).filter((v) => !text.includes(v.toLowerCase()));
        assert.deepEqual(missing, [], `${doc.base}: truth values not in the document`);
      }
    }
  });

  it('gives the same document for the same seed and another for another seed', async () => {
    const m = await load();
    const a = await m.buildDoc(m.txtUnderlined, 7, 2);
    const b = await m.buildDoc(m.txtUnderlined, 7, 2);
    const c = await m.buildDoc(m.txtUnderlined, 8, 2);
    assert.deepEqual(b.output, a.output);
    assert.deepEqual(b.truth, a.truth);
    assert.notDeepEqual(c.output, a.output);
  });

  it('keeps only years in the truth when the document writes years only, and no end date for current jobs', async () => {
    const m = await load();
    let checked = 0;
    for (let i = 0; i < 40; i++) {
      const doc = await m.buildDoc(m.txtCapsDense, 3, i);
      const t = doc.truth as Truth;
      for (const w of t.work_history) assert.ok(!(w.current && w.end_date), `${doc.base}: a current job with an end date`);
      if (doc.style.range.notation !== 'year') continue;
      checked++;
      const dates = [...t.work_history, ...t.education].flatMap((e) => [e.start_date, e.end_date]).filter(Boolean);
      assert.ok(dates.every((d) => /^\d{4}$/.test(String(d))), `${doc.base}: months in a year-only document's truth: ${dates.join(' ')}`);
    }
    assert.ok(checked > 0, 'no year-only document among 40');
  });
});
