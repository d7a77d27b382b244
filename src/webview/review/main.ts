import type { DocumentView, HostMessage, WebviewMessage } from '../../extension/review/protocol';
import { renderForm } from './form';
import { showPdf } from './pdfView';

interface PageConfig {
  mode: 'review' | 'viewer';
  document: DocumentView | { kind: 'html' };
  pdfWorker: string;
}

declare function acquireVsCodeApi(): { postMessage(msg: WebviewMessage): void };

const config = JSON.parse(document.getElementById('config')?.textContent ?? '{}') as PageConfig;
const docPane = document.getElementById('document') as HTMLElement;
void showDocument(config.document);
if (config.mode === 'review') startForm();

async function showDocument(view: PageConfig['document']): Promise<void> {
  try {
    if (view.kind === 'pdf') await showPdf(docPane, view.src, config.pdfWorker);
    else if (view.kind === 'image') {
      const img = document.createElement('img');
      img.src = view.src;
      img.alt = 'The CV as an image';
      img.className = 'doc-image';
      docPane.append(img);
    }
  } catch (err) {
    const p = document.createElement('p');
    p.className = 'doc-none';
    p.textContent = `The document could not be shown: ${err instanceof Error ? err.message : String(err)}`;
    docPane.append(p);
  }
}

function startForm(): void {
  const vscode = acquireVsCodeApi();
  const fields = document.getElementById('fields') as HTMLElement;
  const status = document.createElement('div');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  document.body.append(status);
  const send = (msg: WebviewMessage): void => vscode.postMessage(msg);
  window.addEventListener('message', (e: MessageEvent<HostMessage>) => {
    const msg = e.data;
    if (msg.type === 'load' || msg.type === 'saved') {
      renderForm(fields, msg.review, {
        edit: (changes) => send({ type: 'edit', changes }),
        markReviewed: (reviewed) => send({ type: 'markReviewed', reviewed }),
        discard: () => send({ type: 'discard' }),
        copyMarkdown: () => send({ type: 'copyMarkdown' }),
        copyJson: () => send({ type: 'copyJson' }),
      });
      status.textContent = msg.type === 'saved' ? 'Saved' : '';
    } else if (msg.type === 'copied') status.textContent = msg.what === 'json' ? 'Copied JSON' : 'Copied as Markdown';
    else if (msg.type === 'error') status.textContent = msg.message;
  });
  send({ type: 'ready' });
}
