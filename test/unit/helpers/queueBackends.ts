import path from 'node:path';
import type { ClaimRepository, CvRepository, ProjectRepository, QueueStorage } from '../../../src/core/queue/storage';
import { type PgStorage, openPgStorage } from '../../../src/core/queue/postgres/pgStorage';
import { type SqlJsStorage, openSqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import { ThreadedStorage } from '../../../src/core/queue/storeThread/threadedStorage';
import { createTestDatabase, pgUnavailable } from './postgresServer';
import { repoRoot, useTmpDir } from './tmp';

export type BackendName = 'sql.js' | 'PostgreSQL' | 'sql.js on a thread';
/** The backends the CLI can open. */
export const BACKENDS: readonly BackendName[] = ['sql.js', 'PostgreSQL'];
/** Every storage implementation: the storage and worker tests run on each. */
export const STORAGE_BACKENDS: readonly BackendName[] = [...BACKENDS, 'sql.js on a thread'];

/** The store's thread script with a `testing` repository (see helpers/threads/storeTestThread.ts). */
export const storeTestThread = (): string => path.join(repoRoot(), 'out/test/unit/helpers/threads/storeTestThread.js');

export interface TestingRepository {
  run(sql: string, params: SqlParam[]): Promise<void>;
  saveCount(): Promise<number>;
  crash(): Promise<void>;
}

type SqlParam = string | number | null;

export interface QueueHandle {
  readonly storage: QueueStorage;
  readonly cvs: CvRepository;
  readonly projects: ProjectRepository;
  readonly claims: ClaimRepository;
  /** The test's temporary folder (CV files go here; the embedded database too). */
  readonly dir: string;
  /** What the CLI's --db takes for this queue: the file, or the PostgreSQL URL. */
  readonly location: string;
  /** Closes and opens the queue again, so what follows sees what was stored. */
  reopen(): Promise<void>;
  /** Runs SQL with ? placeholders on either backend: for setups the interface does not offer. */
  exec(sql: string, params?: SqlParam[]): Promise<void>;
}

/**
 * Skips the suite where the machine has no PostgreSQL, with the reason; under CI (CI set) that
 * is a failure instead, so a green CI run always includes the PostgreSQL tests.
 */
export function requirePostgres(): void {
  before(async function () {
    this.timeout(120_000); // initdb on a loaded machine
    const why = await pgUnavailable();
    if (!why) return;
    if (process.env.CI) throw new Error(`The PostgreSQL tests cannot run: ${why}`);
    console.log(`      skipped: ${why}`);
    this.skip();
  });
}

/**
 * A fresh queue on the given backend for every test: a database file in a temporary folder, or
 * a new database on the test PostgreSQL server. `beforeClose` runs first (e.g. stopping a worker).
 */
export function useQueueStorage(backend: BackendName, beforeClose?: () => Promise<void> | void, options: { leaseMs?: number } = {}): QueueHandle {
  let storage: QueueStorage | undefined;
  let pgUrl: string | undefined;
  let drop: (() => Promise<void>) | undefined;
  if (backend === 'PostgreSQL') requirePostgres();
  const tmp = useTmpDir(async () => {
    await beforeClose?.();
    await storage?.close();
    storage = undefined;
    await drop?.();
    drop = undefined;
  });
  const file = () => path.join(tmp(), 'samsara.db');
  const open = async (): Promise<QueueStorage> => {
    if (backend === 'PostgreSQL') return openPgStorage(pgUrl ?? '', { leaseMs: options.leaseMs });
    if (backend === 'sql.js on a thread') return ThreadedStorage.open(file(), { threadScript: storeTestThread() });
    return openSqlJsStorage(file());
  };
  beforeEach(async function () {
    this.timeout(60_000);
    if (backend === 'PostgreSQL') ({ url: pgUrl, drop } = await createTestDatabase());
    storage = await open();
  });
  const opened = (): QueueStorage => {
    if (!storage) throw new Error('useQueueStorage: the queue is open only inside a test');
    return storage;
  };
  return {
    get storage() {
      return opened();
    },
    get cvs() {
      return opened().cvs;
    },
    get projects() {
      return opened().projects;
    },
    get claims() {
      return opened().claims;
    },
    get dir() {
      return tmp();
    },
    get location() {
      return backend === 'PostgreSQL' ? pgUrl ?? '' : file();
    },
    async reopen() {
      await opened().close();
      storage = await open();
    },
    async exec(sql, params = []) {
      const s = opened();
      if (backend === 'PostgreSQL') {
        let n = 0;
        await (s as PgStorage).db.run(sql.replace(/\?/g, () => `$${++n}`), params);
      } else if (s instanceof ThreadedStorage) {
        await s.repository<TestingRepository>('testing').run(sql, params);
      } else {
        (s as SqlJsStorage).store.db.run(sql, params);
        (s as SqlJsStorage).store.markDirty();
      }
    },
  };
}

/** The same suite once per backend, titled "<title> (<backend>)". */
export function describeEachBackend(title: string, suite: (backend: BackendName) => void, timeoutMs?: number, backends: readonly BackendName[] = BACKENDS): void {
  for (const backend of backends) {
    describe(`${title} (${backend})`, function () {
      if (timeoutMs) this.timeout(timeoutMs);
      suite(backend);
    });
  }
}

/**
 * Where a fresh queue for each test lives, for the CLI's --db: a file in the test's temporary
 * folder, or a new database on the test PostgreSQL server. The folder is there for CV files.
 */
export function useQueueLocation(backend: BackendName): { location(): string; dir(): string } {
  let url: string | undefined;
  let drop: (() => Promise<void>) | undefined;
  if (backend === 'PostgreSQL') requirePostgres();
  const tmp = useTmpDir(async () => {
    await drop?.();
    drop = undefined;
  });
  beforeEach(async function () {
    this.timeout(60_000);
    if (backend === 'PostgreSQL') ({ url, drop } = await createTestDatabase());
  });
  return { location: () => url ?? path.join(tmp(), 'samsara.db'), dir: tmp };
}
