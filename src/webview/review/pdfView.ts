import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy, type PDFPageProxy, type PageViewport } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Draws a PDF's pages into `host`, each only when it scrolls near the view, so a long CV opens
 * as fast as a short one. Placeholders get the page's size first, so the scroll bar is right.
 */
export async function showPdf(host: HTMLElement, src: string, workerSrc: string, onDrawn: (pages: number[]) => void): Promise<number> {
  GlobalWorkerOptions.workerPort = await moduleWorker(workerSrc);
  const pdf = await getDocument({ url: src, isEvalSupported: false, disableAutoFetch: true }).promise;
  const ratio = window.devicePixelRatio || 1;
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      if (!e.boundingClientRect.height) {
        // Laid out before the panel has a size: every page is "in view". Asked again next frame.
        requestAnimationFrame(() => {
          observer.unobserve(e.target);
          observer.observe(e.target);
        });
        continue;
      }
      observer.unobserve(e.target);
      void drawPage(pdf, e.target as HTMLElement, ratio).then(() => onDrawn([...host.querySelectorAll<HTMLElement>('.pdf-page.drawn')].map((p) => Number(p.dataset.page))));
    }
  }, { root: host, rootMargin: '600px 0px' });
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = document.createElement('div');
    page.className = 'pdf-page';
    page.dataset.page = String(n);
    page.setAttribute('role', 'img');
    page.setAttribute('aria-label', `Page ${n} of ${pdf.numPages}`);
    host.append(page);
    observer.observe(page);
  }
  // The first page sets every placeholder's size; CVs rarely mix page sizes.
  const first = await pdf.getPage(1);
  const vp = first.getViewport({ scale: 1 });
  host.style.setProperty('--page-aspect', `${vp.width} / ${vp.height}`);
  for (const page of host.querySelectorAll<HTMLElement>('.pdf-page')) setSize(page, vp.width, vp.height);
  return pdf.numPages;
}

async function drawPage(pdf: PDFDocumentProxy, el: HTMLElement, ratio: number): Promise<void> {
  const page = await pdf.getPage(Number(el.dataset.page));
  const base = page.getViewport({ scale: 1 });
  const scale = (el.clientWidth || base.width) / base.width;
  const viewport = page.getViewport({ scale: scale * ratio });
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  el.append(canvas);
  await page.render({ canvas, viewport }).promise;
  setSize(el, base.width, base.height);
  textLayer(el, (await page.getTextContent()).items, base);
  el.classList.add('drawn');
}

/** The page's size in PDF points: source marks are placed in per cent of it. */
function setSize(el: HTMLElement, w: number, h: number): void {
  el.dataset.w = String(w);
  el.dataset.h = String(h);
}

type TextItems = Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'];

/** Transparent text over the canvas, one element a run, so a click can take its text. */
function textLayer(el: HTMLElement, items: TextItems, base: PageViewport): void {
  const layer = document.createElement('div');
  layer.className = 'text-layer';
  const pct = (n: number, of: number): string => `${(n / of) * 100}%`;
  for (const item of items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const [a, b, , d, e, f] = item.transform as number[];
    if (Math.abs(b) > 0.01) continue;
    const size = Math.abs(d) || Math.abs(a);
    const [x, y] = base.convertToViewportPoint(e, f);
    const run = document.createElement('span');
    run.className = 'text-run';
    run.textContent = item.str;
    Object.assign(run.style, { left: pct(x, base.width), top: pct(y - size * 0.85, base.height), width: pct(item.width, base.width), height: pct(size * 1.1, base.height) });
    layer.append(run);
  }
  el.append(layer);
}

/** A webview may not start a worker from its resource origin: the worker runs from a blob of its text. */
async function moduleWorker(src: string): Promise<Worker> {
  const text = await (await fetch(src)).text();
  const url = URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
  return new Worker(url, { type: 'module' });
}
