import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * A real PostgreSQL for the tests: SAMSARA_TEST_PG_URL when set (a role that may create
 * databases), else a throwaway server from the machine's PostgreSQL binaries, started on first
 * use on a free port on 127.0.0.1 and stopped when the test process exits.
 */
// Each test file is its own bundle: the one server of the process is kept on globalThis.
const KEY = Symbol.for('samsara.testPgServer');
const STOP = Symbol.for('samsara.testPgServerStop');
const shared = globalThis as { [KEY]?: Promise<string | undefined>; [STOP]?: () => void };

export function testPgServer(): Promise<string | undefined> {
  shared[KEY] ??= startServer();
  return shared[KEY];
}

/**
 * Stops the server this process started, for a process that may be killed rather than exit (the
 * VS Code extension host); a later testPgServer() starts another.
 */
export function stopTestPgServer(): void {
  shared[STOP]?.();
  shared[STOP] = undefined;
  shared[KEY] = undefined;
}

/** Why PostgreSQL tests cannot run here, or undefined when they can. */
export async function pgUnavailable(): Promise<string | undefined> {
  if (await testPgServer()) return undefined;
  return 'no PostgreSQL found: run "sudo apt-get install -y --no-install-recommends postgresql" (or set SAMSARA_TEST_PG_URL)';
}

/** A fresh, empty database on the test server; returns its URL and a function that drops it. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = await testPgServer();
  if (!admin) throw new Error('createTestDatabase: no PostgreSQL server');
  const name = `samsara_test_${randomBytes(6).toString('hex')}`;
  await withClient(admin, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => withClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}

async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function startServer(): Promise<string | undefined> {
  if (process.env.SAMSARA_TEST_PG_URL) return process.env.SAMSARA_TEST_PG_URL;
  const bin = findPgBin();
  if (!bin) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsara-pg-'));
  const data = path.join(dir, 'data');
  const port = await freePort();
  // PostgreSQL refuses to run as root: the server then belongs to the postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
  execFileSync(...command('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']), { stdio: 'pipe' });
  // pg_stat_statements, where installed, lets the bench tell the server's time from the client's
  const stats = fs.existsSync(path.join(bin, '..', 'lib', 'pg_stat_statements.so')) ? ' -c shared_preload_libraries=pg_stat_statements' : '';
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off${stats}`;
  execFileSync(...command('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start']), { stdio: 'pipe' });
  let running = true;
  const stop = (): void => {
    if (!running) return;
    running = false;
    spawnSync(...command('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']), { stdio: 'ignore' });
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  shared[STOP] = stop;
  return `postgres://postgres@127.0.0.1:${port}/postgres`;
}

/** The directory of initdb and pg_ctl: on PATH, else Debian's versioned folder (newest first). */
function findPgBin(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => path.join(root, v, 'bin')).find((d) => fs.existsSync(path.join(d, 'initdb')));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
