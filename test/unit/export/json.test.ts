import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { exportCvs } from '../../../src/core/export/exportCvs';
import type { JsonExportEntry } from '../../../src/core/export/json';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import { janeDoe, storeParsed } from '../helpers/sampleCvs';
import { useQueueDb } from '../helpers/queueDb';

describe('JSON export', () => {
  const q = useQueueDb();
  const tmp = () => q.dir;

  it('writes each CV with its file and status beside the parsed CV, unchanged', async () => {
    const p = await q.projects.create('Data Team');
    const jane = janeDoe();
    const other = { ...emptyParsedCV(), contact: { name: '履歴書 太郎' }, skills: ['=cmd|calc'], raw_text: 'x' };
    const a = await storeParsed(q.cvs, 'jane.pdf', jane, p.id);
    const b = await storeParsed(q.cvs, 'taro.docx', other);
    const out = path.join(tmp(), 'all.json');
    const result = await exportCvs(q.cvs, { format: 'json', out });
    assert.deepEqual(result, { exported: 2, skipped: 0, files: [out], failed: [] });
    const entries = JSON.parse(fs.readFileSync(out, 'utf8')) as JsonExportEntry[];
    assert.deepEqual(entries, [
      { id: a.id, file_path: '/cvs/jane.pdf', file_name: 'jane.pdf', project: 'Data Team', status: 'completed', error_message: null, parsed: jane },
      { id: b.id, file_path: '/cvs/taro.docx', file_name: 'taro.docx', project: null, status: 'completed', error_message: null, parsed: other },
    ]);
  });

  it('selects by project and status, with parsed null for CVs not parsed', async () => {
    const projects = q.projects;
    const p = await projects.create('P');
    await storeParsed(q.cvs, 'in.pdf', janeDoe(), p.id);
    await storeParsed(q.cvs, 'out.pdf', janeDoe());
    const failed = await q.cvs.insertQueuedCV({ filePath: '/cvs/bad.pdf', fileName: 'bad.pdf', projectId: p.id });
    await q.cvs.updateCVStatus(failed.id, 'failed', { error: 'encrypted PDF (password protected)' });
    const text = (await exportCvs(q.cvs, { format: 'json', projectId: p.id, status: 'all' })).text ?? '';
    const entries = JSON.parse(text) as JsonExportEntry[];
    assert.deepEqual(entries.map((e) => [e.file_name, e.status, e.parsed === null]), [['in.pdf', 'completed', false], ['bad.pdf', 'failed', true]]);
    assert.equal(entries[1].error_message, 'encrypted PDF (password protected)');
    const onlyFailed = JSON.parse((await exportCvs(q.cvs, { format: 'json', status: 'failed' })).text ?? '') as JsonExportEntry[];
    assert.deepEqual(onlyFailed.map((e) => e.file_name), ['bad.pdf']);
    assert.equal((await exportCvs(q.cvs, { format: 'json', status: 'queued' })).text, '[]\n');
  });

  it('refuses to write over a folder', async () => {
    fs.mkdirSync(path.join(tmp(), 'dir'));
    await assert.rejects(exportCvs(q.cvs, { format: 'json', out: path.join(tmp(), 'dir') }), /is a folder; give the file to write the export to/);
  });
});
