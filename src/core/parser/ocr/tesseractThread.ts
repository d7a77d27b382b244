/**
 * The thread tesseract.js runs OCR on, bundled as dist/ocrWorker.js. It is tesseract.js's own
 * Node worker script with two changes: the SIMD LSTM core is always used (every supported Node
 * has WebAssembly SIMD), so only that one .wasm ships; and there is no fetch, so language data
 * can only come from the local folder the package carries.
 */
import { parentPort } from 'node:worker_threads';
import worker from 'tesseract.js/src/worker-script';
import gunzip from 'tesseract.js/src/worker-script/node/gunzip';
import cache from 'tesseract.js/src/worker-script/node/cache';
import core from 'tesseract.js-core/tesseract-core-simd-lstm';

const noFetch = (): Promise<never> => Promise.reject(new Error('OCR language data must be local'));

parentPort?.on('message', (packet: unknown) => {
  worker.dispatchHandlers(packet, (obj) => parentPort?.postMessage(obj));
});

worker.setAdapter({ getCore: () => Promise.resolve(core), gunzip, fetch: noFetch, ...cache });
