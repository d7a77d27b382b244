// The README's pictures of the review panel, in a light and a dark theme (only when
// SAMSARA_SCREENSHOT is set): a completed PDF beside its fields, one field corrected. The
// browser takes each picture (scripts/integration/run.mjs) when it sees the mark with a file name.
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { ReviewPanel } from '../../src/extension/review/reviewPanels';
import { samsara } from './helpers';

const THEMES = [['light', 'Default Light Modern'], ['dark', 'Default Dark Modern']] as const;

export async function takeReviewScreenshots(dir: string): Promise<void> {
  const api = await samsara();
  await api.app.open();
  const completed = await api.app.page('completed');
  const cv = completed.find((c) => c.fileName === 'cv-001-macchiato.pdf') ?? completed.find((c) => c.fileName.endsWith('.pdf'));
  if (!cv) throw new Error('the review screenshot needs a completed PDF');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  const panel = await vscode.commands.executeCommand<ReviewPanel>('samsara.review', { kind: 'cv', cv });
  await panel.shown;
  // One corrected field, so the pictures show how a correction is marked.
  await panel.receive({ type: 'edit', changes: [{ path: '/contact/location', value: 'Fort Brannonborough, AR, USA' }] });
  const workbench = vscode.workspace.getConfiguration('workbench');
  const theme = workbench.inspect<string>('colorTheme')?.globalValue;
  try {
    for (const [name, id] of THEMES) {
      await workbench.update('colorTheme', id, vscode.ConfigurationTarget.Global);
      await new Promise((r) => setTimeout(r, 2500)); // the theme reaches the webview's CSS variables
      await shoot(path.join(dir, `review-${name}.png`));
    }
  } finally {
    await workbench.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
  }
}

async function shoot(file: string): Promise<void> {
  const before = fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
  console.log(`[samsara:screenshot] ${file}`);
  const until = Date.now() + 20000;
  while (Date.now() < until && (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0) === before) await new Promise((r) => setTimeout(r, 100));
}
