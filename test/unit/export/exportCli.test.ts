import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { JsonExportEntry } from '../../../src/core/export/json';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import { openSqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import { runCli } from '../helpers/cli';
import { jsonResumeValidator } from '../helpers/jsonResumeSchema';
import { janeDoe, storeParsed } from '../helpers/sampleCvs';
import { useTmpDir } from '../helpers/tmp';

describe('samsara export (the built CLI)', function () {
  this.timeout(90_000);
  const tmp = useTmpDir();
  const db = () => path.join(tmp(), 'samsara.db');
  const cli = (...args: string[]) => runCli(['--db', db(), ...args]);

  /** Two completed CVs in project "Berlin", one completed without a project, one failed. */
  beforeEach(async () => {
    const storage = await openSqlJsStorage(db());
    const cvs = storage.cvs;
    const berlin = await storage.projects.create('Berlin');
    await storeParsed(cvs, 'jane.pdf', janeDoe(), berlin.id);
    await storeParsed(cvs, 'jane-again.pdf', janeDoe({ skills: ['=1+1', 'Groß'] }), berlin.id);
    await storeParsed(cvs, 'anon.txt', { ...emptyParsedCV(), contact: { email: 'x@example.com' } });
    const failed = await cvs.insertQueuedCV({ filePath: '/cvs/locked.pdf', fileName: 'locked.pdf', projectId: berlin.id });
    await cvs.updateCVStatus(failed.id, 'failed', { error: 'encrypted PDF' });
    await storage.close();
  });

  it('writes CSV to stdout byte for byte as Excel wants it', async () => {
    const r = await runCli(['--db', db(), 'export', '--format', 'csv', '--project', 'Berlin']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith('\uFEFFName,Email,'));
    assert.equal(r.stdout.replace(/\r\n/g, '').includes('\n'), false);
    const rows = parse(r.stdout, { bom: true }) as string[][];
    assert.deepEqual(rows.map((row) => [row[0], row[7], row[8]]), [
      ['Name', 'Top skills', 'Status'],
      ['Jane Q. Doe', 'TypeScript; Kubernetes; PostgreSQL', 'completed'],
      ['Jane Q. Doe', "'=1+1; Groß", 'completed'],
    ]);
  });

  it('writes JSON Resume files into a folder, valid against the schema', async () => {
    const out = path.join(tmp(), 'resumes');
    const r = await cli('export', '--format', 'jsonresume', '--out', out, '--status', 'all');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `Exported 3 CVs to ${out}, skipped 1 not parsed.\n`);
    assert.deepEqual(fs.readdirSync(out).sort(), ['Jane Q. Doe (2).json', 'Jane Q. Doe.json', 'anon.json']);
    const validate = jsonResumeValidator();
    for (const f of fs.readdirSync(out)) assert.ok(validate(JSON.parse(fs.readFileSync(path.join(out, f), 'utf8'))), f);
  });

  it('writes a JSON file of the selected CVs', async () => {
    const out = path.join(tmp(), 'sub', 'failed.json');
    const r = await cli('export', '--format', 'json', '--status', 'failed', '--out', out);
    assert.equal(r.stdout, `Exported 1 CV to ${out}.\n`);
    const entries = JSON.parse(fs.readFileSync(out, 'utf8')) as JsonExportEntry[];
    assert.deepEqual(entries.map((e) => [e.file_name, e.status, e.error_message, e.parsed]), [['locked.pdf', 'failed', 'encrypted PDF', null]]);
  });

  it('reports mistakes with a clear message and exit code', async () => {
    const cases: [string[], number, RegExp][] = [
      [['export'], 2, /export needs --format jsonresume, csv or json\./],
      [['export', '--format', 'xml'], 2, /Unknown format "xml"/],
      [['export', '--format', 'csv', '--status', 'done'], 2, /Unknown status "done"/],
      [['export', '--format', 'jsonresume'], 2, /give the folder with --out/],
      [['export', '--format', 'csv', '--project', 'Nowhere'], 1, /No project named "Nowhere"\./],
    ];
    for (const [args, code, message] of cases) {
      const r = await cli(...args);
      assert.equal(r.code, code, args.join(' '));
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    }
  });
});
