import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { pseudonym } from '../../../src/core/export/anonymize';
import { exportCvs } from '../../../src/core/export/exportCvs';
import type { JsonExportEntry } from '../../../src/core/export/json';
import { type SqlJsStorage, openSqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import { runCli } from '../helpers/cli';
import { janeDoe, storeParsed } from '../helpers/sampleCvs';
import { useTmpDir } from '../helpers/tmp';

// Everything that identifies Jane in the sample CV, in any casing the export might use.
const IDENTITY = ['Jane', 'Doe', 'jane.doe@example.com', '12345678', 'linkedin.com', 'github.com', 'janedoe', '10115', 'jane-cv'];

function assertNoIdentity(text: string): void {
  for (const needle of IDENTITY) assert.ok(!text.toLowerCase().includes(needle.toLowerCase()), `${needle} is left out:\n${text}`);
}

describe('anonymized export for blind screening', function () {
  this.timeout(90_000);
  let storage: SqlJsStorage | undefined;
  let id = '';
  const tmp = useTmpDir(async () => {
    await storage?.close();
    storage = undefined;
  });
  const db = () => path.join(tmp(), 'samsara.db');

  beforeEach(async () => {
    storage = await openSqlJsStorage(db());
    const jane = janeDoe({
      summary: 'Jane Q. Doe is a backend engineer; JANE likes queues. Mail jane.doe@example.com or call +49 151 12345678.',
      other_sections: [
        { heading: 'Projects', content: 'Doe built samsara (github.com/janedoe/samsara).' },
        { heading: 'Personal details', content: 'Born 1990-01-01, German, married' },
      ],
    });
    jane.work_history[0].highlights = ['Cut p99 latency by 40%', 'Jane led 4 engineers'];
    id = (await storeParsed(storage.cvs, 'jane-cv.pdf', jane)).id;
  });

  it('JSON: no identity, the name replaced in free text, the career kept', async () => {
    const { text } = await exportCvs((storage as SqlJsStorage).cvs, { format: 'json', anonymize: true });
    assertNoIdentity(text as string);
    const [entry] = JSON.parse(text as string) as JsonExportEntry[];
    const cv = entry.parsed as NonNullable<JsonExportEntry['parsed']>;
    assert.deepEqual(cv.contact, { location: 'Berlin, DE' });
    assert.equal(cv.summary, '[candidate] is a backend engineer; [candidate] likes queues. Mail  or call .');
    assert.deepEqual(cv.work_history[0].highlights, ['Cut p99 latency by 40%', '[candidate] led 4 engineers']);
    assert.deepEqual(cv.other_sections.map((s) => s.heading), ['Projects'], 'personal details are left out');
    assert.deepEqual(cv.skills, ['TypeScript', 'Kubernetes', 'PostgreSQL']);
    assert.equal(cv.work_history[0].company, 'Acme GmbH');
    assert.equal(cv.education[0].institution, 'TU Berlin');
    assert.deepEqual(cv.languages.map((l) => l.language), ['German', 'English']);
    assert.deepEqual(cv.certifications.map((c) => c.name), ['CKA', 'AWS SAA']);
    assert.equal(entry.file_name, `${pseudonym(id)}.pdf`);
  });

  it('CSV: the name, e-mail and phone cells are empty, the file named by the pseudonym', async () => {
    const { text } = await exportCvs((storage as SqlJsStorage).cvs, { format: 'csv', anonymize: true, now: new Date('2025-01-01') });
    assertNoIdentity(text as string);
    const [row] = parse((text as string).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    assert.deepEqual([row.Name, row.Email, row.Phone, row.Location], ['', '', '', 'Berlin, DE']);
    assert.equal(row['Current company'], 'Acme GmbH');
    assert.match(row['Top skills'], /TypeScript/);
    assert.equal(row.File, `${pseudonym(id)}.pdf`);
  });

  it('JSON Resume: one file named by a stable pseudonym, without identity (also from the CLI)', async () => {
    const out = path.join(tmp(), 'resumes');
    const result = await exportCvs((storage as SqlJsStorage).cvs, { format: 'jsonresume', out, anonymize: true });
    assert.deepEqual(result.files.map((f) => path.basename(f)), [`${pseudonym(id)}.json`]);
    assert.match(path.basename(result.files[0]), /^candidate-[0-9a-f]{6}\.json$/);
    const text = fs.readFileSync(result.files[0], 'utf8');
    assertNoIdentity(text);
    assert.ok(text.includes('Acme GmbH') && text.includes('TypeScript'));

    await (storage as SqlJsStorage).close();
    storage = undefined;
    const cliOut = path.join(tmp(), 'cli');
    const run = await runCli(['--db', db(), 'export', '--format', 'jsonresume', '--anonymize', '--out', cliOut]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(fs.readdirSync(cliOut), [`${pseudonym(id)}.json`], 'the same pseudonym in every export');
  });
});
