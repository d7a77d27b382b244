import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { exportCvs } from '../../../src/core/export/exportCvs';
import type { JsonExportEntry } from '../../../src/core/export/json';
import { type ParsedCV, emptyParsedCV } from '../../../src/core/parsedCv';
import { jsonResumeValidator } from '../helpers/jsonResumeSchema';
import { storeParsed } from '../helpers/sampleCvs';
import { useQueueDb } from '../helpers/queueDb';
import { repoRoot } from '../helpers/tmp';

/** The expected results of the fixture CVs, each as the parsed CV it describes. */
function truths(): { file: string; cv: ParsedCV }[] {
  const dir = path.join(repoRoot(), 'test/fixtures/cvs');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.truth.json')).sort().map((f) => ({
    file: f.replace('.truth.json', '.pdf'),
    cv: { ...emptyParsedCV(), ...(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Partial<ParsedCV>) },
  }));
}

describe('exporting the fixture CVs', () => {
  const q = useQueueDb();
  const tmp = () => q.dir;
  const all = truths();

  beforeEach(async () => {
    for (const t of all) await storeParsed(q.cvs, t.file, t.cv);
  });

  it('has fixture CVs to export', async () => {
    assert.ok(all.length >= 10, `found ${all.length}`);
  });

  it('gives a schema-valid JSON Resume file per CV, named after the candidate', async () => {
    const out = path.join(tmp(), 'resumes');
    const result = await exportCvs(q.cvs, { format: 'jsonresume', out });
    const validate = jsonResumeValidator();
    assert.deepEqual(result.files.map((f) => path.basename(f)), all.map((t) => `${t.cv.contact.name}.json`));
    for (const [i, file] of result.files.entries()) {
      const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { work: unknown[]; skills: unknown[]; basics: { email?: string } };
      assert.ok(validate(doc), `${file}: ${JSON.stringify(validate.errors)}`);
      assert.equal(doc.work.length, all[i].cv.work_history.length);
      assert.equal(doc.skills.length, all[i].cv.skills.length);
      assert.equal(doc.basics.email, all[i].cv.contact.email);
    }
  });

  it('gives a CSV row per CV that reads back to the CV', async () => {
    const { text } = await exportCvs(q.cvs, { format: 'csv', now: new Date('2026-01-01T00:00:00Z') });
    const rows = parse(text ?? '', { bom: true, columns: true }) as Record<string, string>[];
    assert.equal(rows.length, all.length);
    for (const [i, row] of rows.entries()) {
      const cv = all[i].cv;
      assert.equal(row.Name, cv.contact.name);
      assert.equal(row.Email, cv.contact.email ?? '');
      assert.equal(row['Top skills'], cv.skills.slice(0, 10).join('; '));
      assert.equal(row.File, `/cvs/${all[i].file}`);
      if (cv.work_history.some((w) => w.start_date && (w.end_date || w.current))) assert.match(row['Years of experience'], /^\d+(\.\d)?$/);
    }
  });

  it('gives JSON with every parsed CV unchanged', async () => {
    const entries = JSON.parse((await exportCvs(q.cvs, { format: 'json' })).text ?? '') as JsonExportEntry[];
    assert.deepEqual(entries.map((e) => e.parsed), all.map((t) => t.cv));
  });
});
