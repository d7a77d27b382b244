// Entry point of the integration suite inside the extension host (scripts/integration/run.mjs or
// @vscode/test-electron load it and await run()).
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { takeReviewScreenshots } from './reviewScene';
import { takeScreenshot } from './screenshotScene';

export async function run(): Promise<void> {
  // SAMSARA_TEST_GREP runs only the tests whose titles match it; SAMSARA_TESTS=review,processing only those files.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec', grep: process.env.SAMSARA_TEST_GREP });
  const only = process.env.SAMSARA_TESTS?.split(',').map((s) => `${s.trim()}.test.js`);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js') && (!only || only.includes(f))).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  // Tells scripts/integration/run.mjs that what follows is the suite's report.
  console.log('[samsara:suite-start]');
  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? { passes: 0, failures: 1, pending: 0 } as Mocha.Stats));
  });
  const failures = stats.failures;
  console.log(`${stats.passes} passed, ${failures} failed${stats.pending ? `, ${stats.pending} skipped` : ''}`);
  if (process.env.SAMSARA_SCREENSHOT) {
    const file = path.resolve(process.env.SAMSARA_SCREENSHOT);
    await takeScreenshot(file);
    await takeReviewScreenshots(path.dirname(file));
  }
  if (failures > 0) throw new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`);
}
