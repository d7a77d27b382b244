import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder holding ocrWorker.js, the tesseract core's .wasm and tessdata/. The extension and
 * the CLI run from dist/ itself; test and bench bundles live elsewhere and find dist/ above them.
 */
export function ocrAssetDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    for (const cand of [dir, path.join(dir, 'dist')]) if (fs.existsSync(path.join(cand, 'ocrWorker.js'))) return cand;
    dir = path.dirname(dir);
  }
  throw new Error('OCR files not found next to the program (ocrWorker.js)');
}
