/** The two outside renderers: headless Chromium prints HTML to PDF, LibreOffice converts DOCX to PDF, ODT or RTF. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { SETTLE_SOFT_HYPHENS } from './softHyphens.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export class HtmlPrinter {
  private browser?: Browser;

  async print(html: string, file: string, settleHyphens = false): Promise<void> {
    this.browser ??= await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const page = await this.browser.newPage();
    try {
      // The page is set offline: themes that reference web fonts or CDNs render with local fonts instead of waiting.
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(html, { waitUntil: 'load' });
      if (settleHyphens) await page.evaluate(SETTLE_SOFT_HYPHENS);
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true, format: 'A4' });
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.browser?.close();
  }
}

/** Collects DOCX files and converts them in one LibreOffice run per target format (its start-up dominates). */
export class DocxConverter {
  private readonly pending = new Map<string, Array<{ source: string; outDir: string }>>();
  private readonly tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-docx-'));

  add(buffer: Buffer, base: string, format: 'pdf' | 'odt' | 'rtf', outDir: string): void {
    const source = path.join(this.tmp, `${base}.docx`);
    fs.writeFileSync(source, buffer);
    const list = this.pending.get(format) ?? [];
    list.push({ source, outDir });
    this.pending.set(format, list);
  }

  run(): void {
    const profile = `file://${path.join(this.tmp, 'profile')}`;
    for (const [format, items] of this.pending) {
      for (const outDir of new Set(items.map((i) => i.outDir))) {
        const sources = items.filter((i) => i.outDir === outDir).map((i) => i.source);
        execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, ...sources], { stdio: 'ignore' });
        for (const s of sources) {
          const made = path.join(outDir, `${path.basename(s, '.docx')}.${format}`);
          if (!fs.existsSync(made)) throw new Error(`LibreOffice did not convert ${path.basename(s)} to ${format}`);
        }
      }
    }
    fs.rmSync(this.tmp, { recursive: true, force: true });
  }
}
