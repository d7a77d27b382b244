// Builds the extension, the CLI, the parse worker and the test/bench bundles with esbuild.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const withTests = !production;

/**
 * pdf.js fills a CMap range entry by entry and allows ranges of 2^24 codes, so one damaged
 * ToUnicode map can keep a parse busy for many seconds. Real fonts use at most 2-byte codes:
 * ranges wider than 65,535 are refused (pdf.js then ignores that range, as it does above 2^24).
 */
const pdfjsCmapCap = {
  name: 'pdfjs-cmap-cap',
  setup(build) {
    build.onLoad({ filter: /unpdf[\\/]dist[\\/]pdfjs\.mjs$/ }, async (args) => {
      const src = await fs.promises.readFile(args.path, 'utf8');
      const re = /\b([A-Za-z_$][\w$]*)=2\*\*24-1\b/g;
      if ((src.match(re) ?? []).length !== 1) throw new Error('pdfjs-cmap-cap: MAX_MAP_RANGE not found in unpdf; check the pdf.js version');
      return { contents: withActualText(src.replace(re, '$1=65535')), loader: 'js' };
    });
  },
};

/**
 * Chromium and other producers draw small capitals and some ligatures with glyphs that have no
 * Unicode value and give their text in a marked-content span's /ActualText. pdf.js reads that only
 * for its structure tree, so its text items for those glyphs are empty; this passes the span's
 * ActualText along on the "beginMarkedContentProps" item, where the PDF extractor uses it.
 */
function withActualText(src) {
  const re = /(([A-Za-z_$][\w$]*)\[1\]instanceof ([A-Za-z_$][\w$]*)&&\(([A-Za-z_$][\w$]*)=\2\[1\]\.get\("MCID"\)\),([A-Za-z_$][\w$]*)\.items\.push\(\{type:"beginMarkedContentProps",)/g;
  if ((src.match(re) ?? []).length !== 1) throw new Error('pdfjs-actualtext: beginMarkedContentProps not found in unpdf; check the pdf.js version');
  return src.replace(re, '$1actualText:$2[1]instanceof $3?$2[1].get("ActualText"):void 0,');
}

/**
 * Parts loaded on demand get a bundle of their own, so that a command which does not use them
 * does not read and compile them: the CLI's parse command (the parser, pdf.js, OCR) and the
 * PostgreSQL backend (pg). A dynamic import() of one of these sources becomes a require of its
 * bundle next to the importer; test bundles keep them inline.
 */
const lazyParts = { cliParse: 'src/cli/commands/parse.ts', pgStorage: 'src/core/queue/postgres/pgStorage.ts' };

const lazyBundles = {
  name: 'lazy-bundles',
  setup(build) {
    const byFile = new Map(Object.entries(lazyParts).map(([name, file]) => [path.resolve(file), name]));
    build.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const name = byFile.get(path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
      return name ? { path: `./${name}.js`, external: true } : undefined;
    });
  },
};

const common = {
  plugins: [pdfjsCmapCap],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  external: ['vscode'],
  logLevel: 'warning',
};

function entries() {
  const e = { extension: 'src/extension/extension.ts', cli: 'src/cli/main.ts', ocrWorker: 'src/core/parser/ocr/tesseractThread.ts', ...lazyParts };
  for (const opt of ['src/core/queue/parseThread.ts', 'src/core/queue/storeThread/storeThread.ts']) if (fs.existsSync(opt)) e[path.basename(opt, '.ts')] = opt;
  if (withTests) {
    if (fs.existsSync('bench/bench.ts')) e.bench = 'bench/bench.ts';
    if (fs.existsSync('scripts/eval.ts')) e.eval = 'scripts/eval.ts';
  }
  return e;
}

function testEntries(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.ts')).map((f) => path.join(dir, String(f)));
}

function copyWasm() {
  fs.mkdirSync('dist', { recursive: true });
  fs.copyFileSync('node_modules/sql.js/dist/sql-wasm.wasm', 'dist/sql-wasm.wasm');
  fs.copyFileSync('node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm', 'dist/tesseract-core-simd-lstm.wasm');
  // OCR language data ships with the package: nothing is downloaded at run time.
  fs.mkdirSync('dist/tessdata', { recursive: true });
  for (const lang of ['eng', 'deu', 'fra', 'spa']) {
    const file = `${lang}.traineddata.gz`;
    fs.copyFileSync(`node_modules/@tesseract.js-data/${lang}/4.0.0_best_int/${file}`, `dist/tessdata/${file}`);
  }
}

/** The review panel's page: its script and styles for the browser, codicons and pdf.js's worker beside them. */
function copyWebviewAssets() {
  fs.mkdirSync('dist/webview/codicons', { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(`node_modules/@vscode/codicons/dist/${f}`, `dist/webview/codicons/${f}`);
  fs.copyFileSync('node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs', 'dist/webview/pdf.worker.min.mjs');
}

const webview = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'esm',
  sourcemap: !production,
  minify: true,
  logLevel: 'warning',
  entryPoints: [{ in: 'src/webview/review/main.ts', out: 'review' }, { in: 'src/webview/review/review.css', out: 'review' }],
  outdir: 'dist/webview',
};

const builds = [{ ...common, plugins: [...common.plugins, lazyBundles], entryPoints: entries(), outdir: 'dist' }, webview];
if (withTests) {
  // Compiled tests whose source was renamed or deleted would otherwise keep running.
  fs.rmSync('out/test', { recursive: true, force: true });
  builds.push({ ...common, entryPoints: testEntries('test/unit'), outdir: 'out/test/unit', outbase: 'test/unit', external: ['vscode', 'mocha'] });
  const integ = testEntries('test/integration');
  if (integ.length) builds.push({ ...common, entryPoints: integ, outdir: 'out/test/integration', outbase: 'test/integration', external: ['vscode', 'mocha'] });
}

// The corpus generator runs its dependencies (faker, docx, playwright, themes) from node_modules, as ES modules.
if (withTests && fs.existsSync('scripts/corpus/main.mts')) {
  builds.push({ ...common, plugins: [], entryPoints: { corpus: 'scripts/corpus/main.mts' }, outdir: 'dist', format: 'esm', outExtension: { '.js': '.mjs' }, packages: 'external' });
}

copyWasm();
copyWebviewAssets();
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
