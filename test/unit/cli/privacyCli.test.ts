import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { type CliRun, runCli } from '../helpers/cli';
import { repoRoot, useTmpDir } from '../helpers/tmp';

interface Truth {
  contact: { name?: string; email?: string; phone?: string };
}

/** The fixture CVs with the contact data their truth files give. */
function fixtureCvs(dir: string): { files: string[]; contacts: Truth['contact'][] } {
  const source = path.join(repoRoot(), 'test/fixtures/cvs');
  const files: string[] = [];
  const contacts: Truth['contact'][] = [];
  for (const name of fs.readdirSync(source).filter((f) => !f.endsWith('.json'))) {
    const target = path.join(dir, name);
    fs.copyFileSync(path.join(source, name), target);
    files.push(target);
    const truth = path.join(source, name.replace(/\.[^.]+$/, '.truth.json'));
    if (fs.existsSync(truth)) contacts.push((JSON.parse(fs.readFileSync(truth, 'utf8')) as Truth).contact);
  }
  return { files, contacts };
}

describe('samsara erase and purge (the built CLI), and what the CLI logs', function () {
  this.timeout(300_000);
  const tmp = useTmpDir();

  it('asks before erasing, erases one person with --yes, and never logs parsed contact data', async () => {
    const db = path.join(tmp(), 'q', 'samsara.db');
    const cvDir = path.join(tmp(), 'cvs');
    fs.mkdirSync(cvDir);
    const { files, contacts } = fixtureCvs(cvDir);
    const runs: CliRun[] = [];
    const cli = async (...args: string[]) => {
      const run = await runCli(['--db', db, '--verbose', ...args]);
      runs.push(run);
      return run;
    };
    assert.equal((await cli('enqueue', ...files)).code, 0);
    const processed = await cli('process', '--concurrency', '1');
    assert.equal(processed.code, 0, processed.stderr);
    const exported = await cli('export', '--format', 'json');
    const parsed = (JSON.parse(exported.stdout) as { parsed: Truth | null }[]).map((e) => e.parsed?.contact).filter((c) => c?.email);
    const person = parsed[0] as Truth['contact'];
    const email = person.email as string;
    assert.ok(fs.readFileSync(db).includes(email), 'the e-mail reached the database file');

    const refused = await cli('erase', '--email', email);
    assert.equal(refused.code, 2, 'without a terminal and without --yes nothing is erased');
    assert.match(refused.stderr, /--yes/);
    assert.match(refused.stdout, /1 CV of this person:/);

    const erased = await cli('erase', '--email', email.toUpperCase(), '--yes');
    assert.equal(erased.code, 0, erased.stderr);
    assert.match(erased.stdout, /Erased 1 CV\./);
    assert.match(erased.stderr, /Erased 1 CV on request/);
    const bytes = fs.readFileSync(db);
    assert.ok(!bytes.includes(email), 'the e-mail is gone from the file');
    if (person.name) assert.ok(!bytes.includes(person.name), 'the name is gone from the file');
    assert.equal((await cli('erase', '--email', email, '--yes')).stdout.trim(), 'No CV of that person is in the queue.');

    const purged = await cli('purge', '--older-than', '30', '--yes');
    assert.equal(purged.code, 0, purged.stderr);
    assert.match(purged.stdout, /Erased 0 CVs older than 30 days\./);

    // File names are the user's own naming; parsed values must not reach the log.
    const stderr = runs.map((r) => r.stderr).join('\n').toLowerCase();
    const values = [...contacts, ...parsed].flatMap((c) => [c?.name, c?.email, c?.phone]).filter((v): v is string => !!v && v.length > 4);
    for (const value of values) assert.ok(!stderr.includes(value.toLowerCase()), `stderr does not name ${value}`);
  });

  it('refuses an erase without exactly one of --email and --name, and a purge without a period', async () => {
    const db = path.join(tmp(), 'samsara.db');
    for (const args of [['erase'], ['erase', '--email', 'a@b.c', '--name', 'A B'], ['erase', '--name', ' '], ['purge'], ['purge', '--older-than', '0'], ['purge', '--older-than', '1.5']]) {
      const run = await runCli(['--db', db, ...args]);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
    }
  });
});
