import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import type { Logger } from '../../logger';
import { type SqlJsStorage, openSqlJsStorage } from '../sqljs/sqlJsStorage';
import { type FromThread, type LogLevel, STORAGE_TARGET, type StoreThreadData, type ToThread, methodNames, toWire } from './storeRpc';

/** Extra repositories a thread may offer beside the storage's own (tests reach the SQL this way). */
export type ExtraRepositories = (storage: SqlJsStorage) => Record<string, object>;

/**
 * Runs inside the store's thread: opens the database named in `workerData` (lock, migrations,
 * quick_check, as in-process) and answers the main thread's calls until it is closed.
 */
export function runStoreThread(extras?: ExtraRepositories): void {
  const port = parentPort;
  if (!port) throw new Error('runStoreThread must run in a worker thread');
  const data = workerData as StoreThreadData;
  const send = (message: FromThread): void => port.postMessage(message);
  const asks = new Map<number, (value: boolean) => void>();
  let nextAsk = 1;
  let repositories: Record<string, object> | undefined;
  let storage: SqlJsStorage | undefined;

  port.on('message', (message: ToThread) => {
    if (message.type === 'answer') {
      asks.get(message.askId)?.(message.value);
      asks.delete(message.askId);
    } else if (storage && repositories) {
      void answer(port, storage, repositories, message);
    }
  });
  const confirmMoveAside = (text: string): Promise<boolean> =>
    new Promise((resolve) => {
      const askId = nextAsk++;
      asks.set(askId, resolve);
      send({ type: 'ask', askId, message: text });
    });
  openSqlJsStorage(data.file, { logger: portLogger(send), readOnly: data.readOnly, mustExist: data.mustExist, confirmMoveAside: data.canAsk ? confirmMoveAside : undefined }).then(
    (opened) => {
      storage = opened;
      opened.watchSaves((state) => send({ type: 'saveState', state }));
      repositories = { cvs: opened.cvs, projects: opened.projects, claims: opened.claims, reviews: opened.reviews, ...extras?.(opened) };
      const methods = Object.fromEntries(Object.entries(repositories).map(([name, repo]) => [name, methodNames(repo)]));
      send({ type: 'ready', location: opened.location, methods });
    },
    (err: unknown) => send({ type: 'openFailed', error: toWire(err) }),
  );
}

async function answer(port: MessagePort, storage: SqlJsStorage, repositories: Record<string, object>, call: Extract<ToThread, { type: 'call' }>): Promise<void> {
  try {
    const target = call.repo === STORAGE_TARGET ? storage : repositories[call.repo];
    const fn = (target as Record<string, unknown> | undefined)?.[call.method];
    if (typeof fn !== 'function') throw new Error(`The queue storage has no method ${call.repo}.${call.method}.`);
    const value: unknown = await fn.apply(target, call.args);
    port.postMessage({ type: 'result', id: call.id, value } satisfies FromThread);
  } catch (err) {
    port.postMessage({ type: 'failed', id: call.id, error: toWire(err) } satisfies FromThread);
  }
}

/** Log lines go to the main thread's logger (the extension's output channel). */
function portLogger(send: (message: FromThread) => void): Logger {
  const at = (level: LogLevel) => (message: string | Error) => send({ type: 'log', level, message: message instanceof Error ? message.message : message });
  return { trace: at('trace'), info: at('info'), warn: at('warn'), error: at('error') };
}
