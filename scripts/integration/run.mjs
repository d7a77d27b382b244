#!/usr/bin/env node
// Runs the integration suite (out/test/integration/index.js) in a real VS Code extension host:
// VS Code's server build (code-server, installed by setupHost.sh) opened in headless Debian
// Chromium through playwright-core, with a payload that turns the window into an Extension
// Development Host running the tests. Builds nothing: `npm run build` first.
// Mocha's report goes to stdout; exit code 0 only when every test passed.
//
// Environment: SAMSARA_SCREENSHOT=file.png saves a picture of the workbench when the suite asks
// for it; TEST_TIMEOUT_MS (default 300000); CHROMIUM (default /usr/bin/chromium); VERBOSE=1
// echoes the browser console and the server log to stderr.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = process.env.CODE_SERVER_ENTRY || path.join(root, '.vscode-test-cs/node_modules/code-server/out/node/entry.js');
const testsIndex = path.join(root, 'out/test/integration/index');
const timeoutMs = Number(process.env.TEST_TIMEOUT_MS || 300000);
const screenshot = process.env.SAMSARA_SCREENSHOT ? path.resolve(process.env.SAMSARA_SCREENSHOT) : undefined;
// The suite logs this line when the workbench shows what the screenshot should capture.
const SCREENSHOT_MARK = '[samsara:screenshot]';
// Before this line the console carries only the workbench's start-up chatter (kept off stdout).
const START_MARK = '[samsara:suite-start]';
let suiteStarted = false;

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const note = (msg) => console.error(`[integration] ${msg} (${elapsed()})`);

function freePort() {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function checkPrerequisites() {
  const missing = [];
  if (!fs.existsSync(entry)) missing.push(`code-server (${entry}): run scripts/integration/setupHost.sh`);
  if (!fs.existsSync(`${testsIndex}.js`)) missing.push(`${testsIndex}.js: run npm run build`);
  const browser = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(browser)) missing.push(`${browser}: apt-get install -y chromium`);
  if (missing.length) {
    console.error(`[integration] cannot run:\n  ${missing.join('\n  ')}`);
    process.exit(1);
  }
  return browser;
}

function makeUserData(tmp) {
  fs.writeFileSync(path.join(tmp, 'config.yaml'), 'auth: none\n');
  fs.mkdirSync(path.join(tmp, 'ud/User'), { recursive: true });
  const settings = {
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none', 'git.enabled': false, 'workbench.tips.enabled': false, 'update.mode': 'none',
    'window.commandCenter': false, 'workbench.colorTheme': 'Default Dark Modern',
    // Adding CVs goes straight to the queue; test/integration/projects.test.ts turns the question on.
    'samsara.askForProject': false,
  };
  fs.writeFileSync(path.join(tmp, 'ud/User/settings.json'), JSON.stringify(settings));
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(workspace);
  return workspace;
}

function startServer(tmp, port) {
  const args = [entry, '--config', path.join(tmp, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', path.join(tmp, 'ud'), '--extensions-dir', path.join(tmp, 'ext'), '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'];
  // The extension host is forked by the server: the suite's environment goes here.
  const env = { ...process.env, ...(screenshot ? { SAMSARA_SCREENSHOT: screenshot } : {}) };
  const server = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  let log = '';
  const onData = (d) => {
    log += d;
    if (process.env.VERBOSE) process.stderr.write(`[server] ${d}`);
  };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
  const ready = new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (/HTTP server listening/.test(log)) {
        clearInterval(poll);
        resolve();
      }
    }, 100);
    server.on('exit', (code) => reject(new Error(`code-server exited with ${code}\n${log}`)));
    setTimeout(() => reject(new Error(`code-server did not start within 60 s\n${log}`)), 60000).unref();
  });
  return { server, ready };
}

async function runInBrowser(browserPath, port, workspace) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(root)], ['extensionTestsPath', remote(testsIndex)], ['skipWelcome', 'true']];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const browser = await chromium.launch({
    executablePath: browserPath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    let done;
    const finished = new Promise((resolve) => (done = resolve));
    // The extension host's console arrives here; mocha's report is printed through it.
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const line = format(...args);
      if (line.includes(SCREENSHOT_MARK)) {
        // The mark may name another file for the picture (the review panel's, beside the main one).
        const named = line.slice(line.indexOf(SCREENSHOT_MARK) + SCREENSHOT_MARK.length).trim();
        if (screenshot) void takeScreenshot(page, named || screenshot);
      } else if (line.includes(START_MARK)) suiteStarted = true;
      else if (suiteStarted) console.log(line);
      else if (process.env.VERBOSE) console.error(`[workbench] ${line}`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => done(code));
    if (process.env.VERBOSE) page.on('console', (m) => console.error('[browser]', m.text()));
    page.on('crash', () => done('the page crashed'));
    // On a busy machine the workbench can take longer to load than playwright's default 30 s.
    await page.goto(url, { timeout: 180_000 });
    note('workbench opened');
    const timer = setTimeout(() => done(`timeout after ${timeoutMs} ms`), timeoutMs);
    const code = await finished;
    clearTimeout(timer);
    return code;
  } finally {
    await browser.close().catch(() => undefined);
  }
}

async function takeScreenshot(page, file) {
  try {
    await page.screenshot({ path: `${file}.part`, type: 'png' });
    fs.renameSync(`${file}.part`, file);
    note(`screenshot saved to ${file} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
  } catch (err) {
    note(`screenshot failed: ${err.message}`);
  }
}

const browserPath = checkPrerequisites();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samsara-it-'));
let server;
let code = 'not started';
try {
  const workspace = makeUserData(tmp);
  const port = await freePort();
  const started = startServer(tmp, port);
  server = started.server;
  await started.ready;
  note(`code-server listening on ${port}`);
  code = await runInBrowser(browserPath, port, workspace);
} catch (err) {
  console.error(`[integration] ${err.message}`);
} finally {
  if (server) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
}
note(`extension host finished with ${code}`);
process.exit(code === 0 ? 0 : 1);
