import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { repoRoot, useTmpDir } from '../helpers/tmp';

/** The bundles a run of the built CLI loaded, as a preloaded script reports them when the process exits. */
async function loadedBundles(dir: string, args: string[]): Promise<{ code: number | null; bundles: string[] }> {
  const probe = path.join(dir, 'probe.js');
  fs.writeFileSync(probe, `process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(Object.keys(require.cache)) + '\\n'));`);
  const run = await runCli(args, { nodeArgs: ['--require', probe] });
  const line = run.stderr.split('\n').find((l) => l.startsWith('LOADED '));
  assert.ok(line, run.stderr);
  const dist = path.join(repoRoot(), 'dist');
  const files = (JSON.parse(line.slice('LOADED '.length)) as string[]).filter((f) => path.dirname(f) === dist);
  return { code: run.code, bundles: files.map((f) => path.basename(f)).sort() };
}

describe('samsara loads only what a command uses (the built CLI)', function () {
  this.timeout(60_000);
  const tmp = useTmpDir();

  it('--help, enqueue and status on a file queue load neither the parser nor pg', async () => {
    const cv = path.join(tmp(), 'cv.txt');
    fs.writeFileSync(cv, 'Candidate One\none@example.com\n');
    const db = path.join(tmp(), 'q.db');
    for (const args of [['--help'], ['--db', db, 'enqueue', cv], ['--db', db, 'status', '--json']]) {
      const run = await loadedBundles(tmp(), args);
      assert.equal(run.code, 0, args.join(' '));
      assert.deepEqual(run.bundles, ['cli.js'], args.join(' '));
    }
  });

  it("the CLI's own bundle holds no parser, pdf.js, OCR, XML reader or pg code", () => {
    const map = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'dist', 'cli.js.map'), 'utf8')) as { sources: string[] };
    const heavy = map.sources.filter((s) => /src\/core\/parser\/|node_modules\/(unpdf|tesseract\.js|saxes|pg|libphonenumber-js)\/|\/postgres\//.test(s));
    assert.deepEqual(heavy, []);
  });

  it('a team queue loads the pg bundle', async () => {
    const run = await loadedBundles(tmp(), ['--db', 'postgres://nobody@127.0.0.1:1/none', 'status']);
    assert.equal(run.code, 1);
    assert.deepEqual(run.bundles, ['cli.js', 'pgStorage.js']);
  });

  it('parse loads the parser bundle and still reads the CV', async () => {
    const cv = path.join(tmp(), 'cv.txt');
    fs.writeFileSync(cv, 'Candidate One\none@example.com\n');
    const run = await loadedBundles(tmp(), ['parse', cv, '--json']);
    assert.equal(run.code, 0);
    assert.deepEqual(run.bundles, ['cli.js', 'cliParse.js']);
  });
});
