// Prints every HTML page in test/fixtures/layout to a PDF beside it with headless Chromium:
// the small documents the PDF layout tests read.   node scripts/layoutFixtures.mjs
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dir = path.join('test', 'fixtures', 'layout');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.html')).sort()) {
    await page.setContent(fs.readFileSync(path.join(dir, f), 'utf8'));
    await page.pdf({ path: path.join(dir, f.replace(/\.html$/, '.pdf')), format: 'A4', printBackground: true });
  }
} finally {
  await browser.close();
}
