import fs from 'node:fs';
import path from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

let sqlPromise: Promise<SqlJsStatic> | undefined;

/**
 * Finds sql-wasm.wasm: the bundles ship it beside themselves (esbuild copies it into dist/);
 * test bundles and tools look upwards for the project's dist/ or the sql.js package.
 */
function wasmPath(): string {
  const candidates = ['sql-wasm.wasm', path.join('dist', 'sql-wasm.wasm'), path.join('node_modules', 'sql.js', 'dist', 'sql-wasm.wasm')];
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    for (const c of candidates) {
      const p = path.join(dir, c);
      if (fs.existsSync(p)) return p;
    }
    if (path.dirname(dir) === dir) throw new Error('sql-wasm.wasm is missing: rebuild or reinstall Samsara CV Queue.');
  }
}

/** Loads the SQLite WebAssembly module once per process (it costs ~20 ms, so only on first use). */
export function loadSqlite(): Promise<SqlJsStatic> {
  sqlPromise ??= initSqlJs({ locateFile: () => wasmPath() });
  return sqlPromise;
}
