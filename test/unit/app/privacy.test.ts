import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { QueueApp } from '../../../src/core/app/queueApp';
import { scheduleRetention } from '../../../src/core/app/retention';
import { readSettings } from '../../../src/core/app/settings';
import type { Logger } from '../../../src/core/logger';
import { type ParsedCV, emptyParsedCV } from '../../../src/core/parsedCv';
import { type SqlJsStorage, openSqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import { useTmpDir } from '../helpers/tmp';

const DAY_MS = 24 * 60 * 60 * 1000;
const NAME = 'José Núñez-Boruschewski';
const EMAIL = 'jose.nunez@example.org';
const PHONE = '+49 170 7654321';
const needles = [NAME, EMAIL, 'Boruschewski', '7654321'];

function personal(name: string, email: string, phone: string): ParsedCV {
  return {
    ...emptyParsedCV(),
    contact: { name, email, phone },
    summary: `${name} builds payment systems.`,
    raw_text: `${name}\n${email}\n${phone}\nBerlin`,
  };
}

describe('QueueApp: erasing candidates leaves no trace in the database file', function () {
  this.timeout(30_000);
  let app: QueueApp | undefined;
  let storage: SqlJsStorage | undefined;
  let logs: string[] = [];
  let onLog: ((line: string) => void) | undefined;
  const tmp = useTmpDir(async () => {
    await app?.close();
    app = undefined;
  });
  const dbFile = () => path.join(tmp(), 'q', 'samsara.db');
  const logger: Logger = {
    trace: (m) => logs.push(m),
    info: (m) => {
      logs.push(m);
      onLog?.(m);
    },
    warn: (m) => logs.push(m),
    error: (m) => logs.push(String(m)),
  };

  /** A queue with the candidate's CV in two projects, another person's CV and a queued file. */
  async function seed(): Promise<{ a: QueueApp; ids: { mine: string[]; other: string } }> {
    logs = [];
    onLog = undefined;
    const settings = readSettings();
    app = new QueueApp({ openStorage: async () => (storage = await openSqlJsStorage(dbFile())), logger, settings: () => settings });
    const a = app;
    await a.open();
    const s = storage as SqlJsStorage;
    const p1 = await s.projects.create('Backend');
    const p2 = await s.projects.create('Platform');
    const [one, two, other] = await s.cvs.insertQueuedCVs([
      { filePath: path.join(tmp(), 'cv1.pdf'), fileName: 'cv1.pdf', projectId: p1.id },
      { filePath: path.join(tmp(), 'cv2.pdf'), fileName: 'cv2.pdf', projectId: p2.id },
      { filePath: path.join(tmp(), 'other.pdf'), fileName: 'other.pdf', projectId: p1.id },
      { filePath: path.join(tmp(), 'waiting-someone.pdf'), fileName: 'waiting-someone.pdf' },
    ]);
    await s.cvs.completeCVProcessing(one.id, personal(NAME, EMAIL, PHONE));
    // The same person, written without accents and in other case on a second CV.
    await s.cvs.completeCVProcessing(two.id, personal('jose nunez-boruschewski', EMAIL.toUpperCase(), PHONE));
    await s.cvs.completeCVProcessing(other.id, personal('Someone Else', 'someone@example.com', '+1 555 0100'));
    await a.close();
    const before = fs.readFileSync(dbFile());
    assert.ok(needles.every((n) => before.includes(n)), 'the candidate reached the file');
    app = new QueueApp({ openStorage: async () => (storage = await openSqlJsStorage(dbFile())), logger, settings: () => settings });
    return { a: app, ids: { mine: [one.id, two.id], other: other.id } };
  }

  async function assertGone(a: QueueApp, otherKept = true): Promise<void> {
    await a.close();
    const after = fs.readFileSync(dbFile());
    for (const needle of needles) assert.ok(!after.includes(needle), `${needle} is gone from the file`);
    if (otherKept) assert.ok(after.includes('someone@example.com'), 'the other candidate is still there');
    for (const line of logs) for (const needle of [...needles, 'jose', 'nunez']) assert.ok(!line.toLowerCase().includes(needle.toLowerCase()), `log line without personal data: ${line}`);
  }

  it('erase by e-mail finds the person in every project, ignoring case, and erases them', async () => {
    const { a, ids } = await seed();
    const found = await a.privacy.findCandidate({ email: ` ${EMAIL} ` });
    assert.deepEqual(found.map((c) => c.id).sort(), [...ids.mine].sort());
    assert.deepEqual(found.map((c) => c.projectName).sort(), ['Backend', 'Platform']);
    assert.deepEqual(await a.privacy.erase(found), { erased: 2, filesDeleted: 0 });
    assert.ok(logs.includes('Erased 2 CVs on request'), logs.join('\n'));
    assert.deepEqual((await a.list()).map((c) => c.fileName).sort(), ['other.pdf', 'waiting-someone.pdf']);
    await assertGone(a);
  });

  it('erase by name ignores case and accents, and deletes the files only when asked', async () => {
    const { a, ids } = await seed();
    const files = ['cv1.pdf', 'cv2.pdf', 'other.pdf'].map((f) => path.join(tmp(), f));
    for (const f of files) fs.writeFileSync(f, 'cv');
    const found = await a.privacy.findCandidate({ name: 'JOSE  NUNEZ-BORUSCHEWSKI' });
    assert.deepEqual(found.map((c) => c.id).sort(), [...ids.mine].sort());
    assert.deepEqual(await a.privacy.findCandidate({ name: 'Jose' }), [], 'a part of a name is not the person');
    assert.deepEqual(await a.privacy.findCandidate({ name: '  ' }), [], 'an empty query never matches everyone');
    assert.deepEqual(await a.privacy.erase(found, { deleteFiles: true }), { erased: 2, filesDeleted: 2 });
    assert.deepEqual(files.map((f) => fs.existsSync(f)), [false, false, true]);
    await assertGone(a);
  });

  it('erase finds a corrected CV by the parser’s name and e-mail as well as by the corrected ones', async () => {
    const { a, ids } = await seed();
    await a.open();
    await a.reviews.correct(ids.mine[0], [{ path: '/contact/email', value: 'jn@work.example' }, { path: '/contact/name', value: 'José Núñez' }], 'ada');
    const byOld = await a.privacy.findCandidate({ email: EMAIL });
    assert.deepEqual(byOld.map((c) => c.id).sort(), [...ids.mine].sort(), 'the e-mail the CV gave');
    assert.deepEqual((await a.privacy.findCandidate({ email: 'JN@work.example' })).map((c) => c.id), [ids.mine[0]], 'the corrected e-mail');
    assert.deepEqual((await a.privacy.findCandidate({ name: NAME })).map((c) => c.id).sort(), [...ids.mine].sort(), 'the name the CV gave');
    assert.deepEqual((await a.privacy.findCandidate({ name: 'jose nunez' })).map((c) => c.id), [ids.mine[0]], 'the corrected name');
    assert.deepEqual(await a.privacy.erase(byOld), { erased: 2, filesDeleted: 0 });
    await assertGone(a);
  });

  it('purge erases completed and failed CVs older than the retention period, not queued ones', async () => {
    const { a } = await seed();
    assert.equal(await a.privacy.purgeOlderThan(30), 0, 'nothing is 30 days old yet');
    assert.equal(await a.privacy.purgeOlderThan(30, new Date(Date.now() + 31 * DAY_MS)), 3);
    assert.ok(logs.some((l) => /Retention: erased 3 CVs finished more than 30 days ago/.test(l)), logs.join('\n'));
    assert.deepEqual((await a.list()).map((c) => c.status), ['queued']);
    await assertGone(a, false);
    assert.ok(!fs.readFileSync(dbFile()).includes('someone@example.com'));
  });

  it('the retention setting erases finished CVs when the queue opens, with a count in the log', async () => {
    const { a } = await seed();
    await a.open();
    (storage as SqlJsStorage).store.db.run(`UPDATE cvs SET updated_at = '2020-01-01T00:00:00.000Z' WHERE file_name IN ('cv1.pdf', 'cv2.pdf')`);
    (storage as SqlJsStorage).store.markDirty();
    await a.close();
    app = new QueueApp({ openStorage: async () => (storage = await openSqlJsStorage(dbFile())), logger, settings: () => readSettings() });
    const reopened = app;
    const schedule = scheduleRetention(reopened, () => 30, logger);
    try {
      const purged = new Promise<void>((resolve) => (onLog = (line) => line.startsWith('Retention:') && resolve()));
      await reopened.open();
      await purged;
    } finally {
      schedule.dispose();
    }
    assert.ok(logs.includes('Retention: erased 2 CVs finished more than 30 days ago'), logs.join('\n'));
    assert.deepEqual((await reopened.list()).map((c) => c.fileName).sort(), ['other.pdf', 'waiting-someone.pdf']);
    await assertGone(reopened);
  });

  it('remove leaves no trace', async () => {
    const { a, ids } = await seed();
    assert.equal(await a.cvs.remove(ids.mine), 2);
    await assertGone(a);
  });

  it('clear completed leaves no trace', async () => {
    const { a } = await seed();
    assert.equal(await a.cvs.clearCompleted(), 3);
    await assertGone(a, false);
  });

  it('deleting projects with their CVs leaves no trace', async () => {
    const { a } = await seed();
    for (const p of await a.projects.list()) await a.projects.delete(p.id, { removeCvs: true });
    assert.deepEqual((await a.list()).map((c) => c.fileName), ['waiting-someone.pdf']);
    await assertGone(a, false);
  });
});
