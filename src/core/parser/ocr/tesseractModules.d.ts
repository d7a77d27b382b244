// tesseract.js ships its worker script as untyped CommonJS; the thread entry uses these parts.
declare module 'tesseract.js/src/worker-script' {
  const worker: {
    dispatchHandlers(packet: unknown, send: (obj: unknown) => void): void;
    setAdapter(adapter: Record<string, unknown>): void;
  };
  export = worker;
}
declare module 'tesseract.js/src/worker-script/node/gunzip' {
  const gunzip: (data: Uint8Array) => Uint8Array;
  export = gunzip;
}
declare module 'tesseract.js/src/worker-script/node/cache' {
  const cache: Record<string, unknown>;
  export = cache;
}
declare module 'tesseract.js-core/tesseract-core-simd-lstm' {
  const core: (options: Record<string, unknown>) => Promise<unknown>;
  export = core;
}
