import assert from 'node:assert/strict';
import type { JsonExportEntry } from '../../../src/core/export/json';
import { openQueueStorage } from '../../../src/core/queue/openQueueStorage';
import { runCli } from '../helpers/cli';
import { describeEachBackend, useQueueLocation } from '../helpers/queueBackends';
import { janeDoe, storeParsed } from '../helpers/sampleCvs';

describeEachBackend('samsara review (the built CLI)', (backend) => {
  const queue = useQueueLocation(backend);
  const cli = (...args: string[]) => runCli(['--db', queue.location(), ...args]);

  async function jane(): Promise<string> {
    const storage = await openQueueStorage(queue.location());
    try {
      return (await storeParsed(storage.cvs, 'jane.pdf', janeDoe())).id;
    } finally {
      await storage.close();
    }
  }

  it('corrects fields and marks the CV reviewed; status and export carry the corrections', async () => {
    const id = await jane();
    const r = await cli('review', id.slice(0, 8), '--set', '/contact/email=jane@new.example', '--set', '/skills=["Go","Rust"]', '--set', '/contact/phone=null', '--reviewed', '--by', 'ada');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Jane Q\. Doe {2}reviewed by ada at /);
    assert.match(r.stdout, / {2}\/contact\/email = "jane@new\.example" {2}\(ada, /);
    const status = await cli('status');
    assert.match(status.stdout, /jane\.pdf {2}Jane Q\. Doe <jane@new\.example>/);
    const [row] = (JSON.parse((await cli('status', '--json')).stdout) as { cvs: { corrected: boolean; reviewed: { by: string; at: string } | null }[] }).cvs;
    assert.equal(row.corrected, true);
    assert.equal(row.reviewed?.by, 'ada');
    assert.match(row.reviewed?.at ?? '', /^\d{4}-\d\d-\d\dT/);
    const [entry] = JSON.parse((await cli('export', '--format', 'json')).stdout) as JsonExportEntry[];
    assert.equal(entry.parsed?.contact.email, 'jane@new.example');
    assert.deepEqual(entry.parsed?.skills, ['Go', 'Rust']);
    assert.equal(entry.parsed?.contact.phone, undefined);
    const shown = JSON.parse((await cli('review', id, '--json')).stdout) as { reviewed: { by: string }; corrections: unknown[] };
    assert.equal(shown.reviewed.by, 'ada');
    assert.equal(shown.corrections.length, 3);
  });

  it('discards corrections, and refuses a field that is not in a parsed CV', async () => {
    const id = await jane();
    assert.equal((await cli('review', id, '--set', '/contact/name=Someone')).code, 0);
    const bad = await cli('review', id, '--set', '/contact/nickname=JJ');
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /"\/contact\/nickname" is not a field that can be corrected/);
    const back = await cli('review', id, '--discard', '--not-reviewed');
    assert.equal(back.code, 0, back.stderr);
    assert.match(back.stdout, /Jane Q\. Doe {2}not reviewed\nNo corrections/);
    const [row] = (JSON.parse((await cli('status', '--json')).stdout) as { cvs: { corrected: boolean; reviewed: unknown }[] }).cvs;
    assert.deepEqual([row.corrected, row.reviewed], [false, null]);
  });
});
