// `npm run test:electron`: the integration suite in a desktop VS Code downloaded by
// @vscode/test-electron (for contributors on machines that can reach update.code.visualstudio.com).
import { defineConfig } from '@vscode/test-cli';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The files run in name order, as under scripts/integration/run.mjs: activation.test.js checks
// the extension before anything else has started it.
const dir = 'out/test/integration';
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort().map((f) => `${dir}/${f}`) : `${dir}/**/*.test.js`;

// Adding CVs goes straight to the queue; test/integration/projects.test.ts turns the question on.
const workspaceFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'samsara-it-'));
fs.mkdirSync(path.join(workspaceFolder, '.vscode'));
fs.writeFileSync(path.join(workspaceFolder, '.vscode/settings.json'), JSON.stringify({ 'samsara.askForProject': false }));

export default defineConfig({
  label: 'integration',
  files,
  version: '1.100.3',
  workspaceFolder,
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: { ui: 'bdd', timeout: 60000, color: true },
});
