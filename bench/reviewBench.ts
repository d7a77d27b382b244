import fs from 'node:fs';
import path from 'node:path';
import { QueueApp } from '../src/core/app/queueApp';
import { readSettings } from '../src/core/app/settings';
import { silentLogger } from '../src/core/logger';
import { parseBuffer } from '../src/core/parser/parseCv';
import { openQueueStorage } from '../src/core/queue/openQueueStorage';
import { documentHtml } from '../src/extension/review/documentHtml';
import type { DocumentView, HostMessage } from '../src/extension/review/protocol';
import { reviewData } from '../src/extension/review/reviewHandler';
import { reviewHtml } from '../src/extension/review/reviewHtml';
import { renderCvMarkdown } from '../src/extension/views/renderCv';
import { fmt, median, quantile, row, tmpDir } from './util';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures', 'cvs');
const ORIGIN = 'https://file+.vscode-resource.vscode-cdn.net';
const assets = {
  cspSource: 'https://*.vscode-cdn.net', script: `${ORIGIN}/d/review.js`, style: `${ORIGIN}/d/review.css`,
  codicons: `${ORIGIN}/d/codicon.css`, pdfWorker: `${ORIGIN}/d/pdf.worker.min.mjs`,
};

/**
 * The extension's share of opening a review panel, on a real queue file: reading the CV's review
 * (original, corrections, effective), the form's data as the `load` message, and the page's HTML
 * (for DOCX also the document as HTML). pdf.js drawing the pages happens in the webview, lazily,
 * and is not part of it. Beside it, in the same run: the Markdown result Show Result used to open.
 */
export async function reviewBench(rounds = 30): Promise<void> {
  const dir = tmpDir('review');
  const app = new QueueApp({ openStorage: () => openQueueStorage(path.join(dir, 'q.db')), logger: silentLogger, settings: () => readSettings(), processOnOpen: false });
  try {
    const storage = await openQueueStorage(path.join(dir, 'q.db'));
    const ids: Record<string, string> = {};
    for (const name of ['cv-006-class.pdf', 'cv-030-flat.docx']) {
      const file = path.join(FIXTURES, name);
      const cv = await storage.cvs.insertQueuedCV({ filePath: file, fileName: name });
      await storage.cvs.completeCVProcessing(cv.id, await parseBuffer(new Uint8Array(fs.readFileSync(file)), name));
      ids[name] = cv.id;
    }
    await storage.close();
    await app.open();
    await app.reviews.correct(ids['cv-006-class.pdf'], [{ path: '/contact/email', value: 'corrected@example.org' }], 'bench');

    const open = async (name: string): Promise<number> => {
      const t0 = performance.now();
      const review = await app.reviews.get(ids[name]);
      if (!review) throw new Error(`${name} has no review`);
      const document: DocumentView = name.endsWith('.pdf')
        ? { kind: 'pdf', src: `${ORIGIN}${review.cv.filePath}` }
        : { kind: 'html', html: documentHtml(fs.readFileSync(review.cv.filePath), review.cv.filePath) ?? '' };
      const html = reviewHtml({ assets, title: review.effective.contact.name ?? name, document, mode: 'review' });
      const load: HostMessage = { type: 'load', review: reviewData(review) };
      if (!html.length || !JSON.stringify(load).length) throw new Error('empty page');
      return performance.now() - t0;
    };
    const markdown = async (name: string): Promise<number> => {
      const t0 = performance.now();
      const cv = await app.get(ids[name]);
      const parsed = await app.parsed(ids[name]);
      if (!cv || !parsed || !renderCvMarkdown(cv, parsed).length) throw new Error('no result');
      return performance.now() - t0;
    };

    console.log(`\nreview panel, extension side (HTML + data), ${rounds} rounds after a warm-up`);
    for (const [label, name] of [['2-page PDF', 'cv-006-class.pdf'], ['DOCX as HTML', 'cv-030-flat.docx']] as const) {
      await open(name);
      await markdown(name);
      const panel: number[] = [];
      const md: number[] = [];
      for (let r = 0; r < rounds; r++) {
        panel.push(await open(name));
        md.push(await markdown(name));
      }
      row(`review panel, ${label}: median / p95`, `${fmt(median(panel))} / ${fmt(quantile(panel, 0.95))} (budget 300 ms)`);
      row(`baseline: Markdown result, ${label}`, `${fmt(median(md))} / ${fmt(quantile(md, 0.95))}`);
    }
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
