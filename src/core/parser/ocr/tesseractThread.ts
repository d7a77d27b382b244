/**
 * The thread tesseract.js runs OCR on, bundled as dist/ocrWorker.js. It is tesseract.js's own
 * Node worker script with two changes: the SIMD LSTM core is always used (every supported Node
 * has WebAssembly SIMD), so only that one .wasm ships; and there is no fetch, so language data
 * can only come from the local folder the package carries. The core's console output (decoder
 * warnings about a damaged file) is dropped: failures reach the caller as errors.
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

const quiet = (): void => undefined;
const quietCore = (options: Record<string, unknown>): Promise<unknown> => core({ ...options, print: quiet, printErr: quiet });

worker.setAdapter({ getCore: () => Promise.resolve(quietCore), gunzip, fetch: noFetch, ...cache });
