import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { WebviewMessage } from '../../src/extension/review/protocol';
import type { EnqueueResult } from '../../src/core/queue/enqueue';
import type { ReviewPanel } from '../../src/extension/review/reviewPanels';
import { copyFixtures, hasParser, openReview, resetQueue, samsara, waitFor, workspaceDir } from './helpers';
import { longPdf } from './longPdf';

type Report<T extends WebviewMessage['type']> = Extract<WebviewMessage, { type: T }>;

/** The webview's latest report of a kind that satisfies `ok`. */
function report<T extends WebviewMessage['type']>(panel: ReviewPanel, type: T, ok: (m: Report<T>) => boolean): Promise<Report<T>> {
  return waitFor(`the panel's "${type}" report`, () => [...panel.reports].reverse().find((m): m is Report<T> => m.type === type && ok(m as Report<T>)), 20000);
}

describe('the review panel shows where each field was read', function () {
  before(function () {
    if (!hasParser()) this.skip();
  });

  let ids: Record<string, string> = {};

  const open = (name: string): Promise<ReviewPanel> => openReview(ids[name]);

  before(async function () {
    if (!hasParser()) return;
    const api = await samsara();
    await resetQueue(api);
    const files = copyFixtures('review-source', ['cvs/cv-001-macchiato.pdf', 'cvs/cv-033-onepage.txt']);
    const pages = Array.from({ length: 40 }, (_, i) => [`Notes, page ${i + 1}`, 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.']);
    pages[0] = ['# Jordan Example', '# Work Experience', 'Analyst at Example Corp', '2019 - 2021'];
    // The parser reads 30 pages; the panel shows all 40.
    pages[24] = ['# Contact', 'jordan.example@example.org'];
    const long = path.join(workspaceDir(), 'review-source', 'long-cv.pdf');
    fs.writeFileSync(long, longPdf(pages));
    files.push(long);
    const result = await vscode.commands.executeCommand<EnqueueResult>('samsara.addToQueue', vscode.Uri.file(files[0]), files.map((f) => vscode.Uri.file(f)));
    ids = Object.fromEntries(result.queued.map((c) => [c.fileName, c.id]));
    await vscode.commands.executeCommand('samsara.resume');
    await api.app.whenDrained();
  });

  it('focusing a field marks its box on the PDF page; a text chosen in the document fills the focused field as a correction', async () => {
    const api = await samsara();
    const id = ids['cv-001-macchiato.pdf'];
    const parsed = await api.app.parsed(id);
    assert.ok(parsed && parsed.work_history.length >= 2);
    const panel = await open('cv-001-macchiato.pdf');
    assert.equal((await panel.shown).pages, 1);
    await report(panel, 'pagesDrawn', (m) => m.pages.includes(1));
    await waitFor('the places of the values', () => panel.sources?.['/contact/name'], 60000);

    await panel.send({ type: 'focusField', path: '/contact/name' });
    const marked = await report(panel, 'highlighted', (m) => m.path === '/contact/name');
    assert.deepEqual({ marks: marked.marks, pages: marked.pages }, { marks: 1, pages: [1] });
    await panel.send({ type: 'focusField', path: '/skills' });
    const skills = await report(panel, 'highlighted', (m) => m.path === '/skills');
    assert.ok(skills.marks > 1, `one mark for each skill found (${skills.marks})`);

    const company = parsed.work_history[0].company ?? '';
    assert.ok(company);
    await panel.send({ type: 'focusField', path: '/work_history/1/title' });
    await report(panel, 'highlighted', (m) => m.path === '/work_history/1/title');
    await panel.send({ type: 'chooseText', text: company });
    const corrected = await waitFor('the chosen text saved as a correction', async () => {
      const review = await api.app.reviews.get(id);
      return review?.corrections.find((c) => c.path === '/work_history/1/title');
    }, 20000);
    assert.ok(String(corrected.value).includes(company), `the title became "${String(corrected.value)}"`);
    assert.equal((await api.app.reviews.get(id))?.original.work_history[1].title, parsed.work_history[1].title);
    await api.app.reviews.discardCorrections(id);
  });

  it('marks a value of a text CV in the text view', async () => {
    const panel = await open('cv-033-onepage.txt');
    await panel.shown;
    await waitFor('the places of the values', () => panel.sources?.['/contact/email'], 60000);
    await panel.send({ type: 'focusField', path: '/contact/email' });
    const marked = await report(panel, 'highlighted', (m) => m.path === '/contact/email');
    assert.deepEqual({ marks: marked.marks, pages: marked.pages }, { marks: 1, pages: [] });
  });

  it('a 40-page PDF draws only the pages in view, and a page once a field scrolls it into view', async () => {
    // A panel squeezed into a third editor column has no room for the document side at all.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const panel = await open('long-cv.pdf');
    assert.equal((await panel.shown).pages, 40);
    const first = await report(panel, 'pagesDrawn', (m) => m.pages.includes(1));
    assert.ok(first.pages.length <= 3, `drawn at first: ${first.pages.join(', ')}`);
    await waitFor('the places of the values', () => panel.sources?.['/contact/email'], 60000);
    await panel.send({ type: 'focusField', path: '/contact/email' });
    const marked = await report(panel, 'highlighted', (m) => m.path === '/contact/email');
    assert.deepEqual(marked.pages, [25]);
    const later = await report(panel, 'pagesDrawn', (m) => m.pages.includes(25));
    assert.ok(later.pages.length < 10, `drawn after scrolling to page 25: ${later.pages.join(', ')}`);
    assert.ok(!later.pages.includes(12) && !later.pages.includes(40), `pages scrolled past or never shown are not drawn: ${later.pages.join(', ')}`);
  });
});
