// Before the tests: makes sure PostgreSQL's server binaries are there for the PostgreSQL tests.
// As root on Debian it installs the postgresql package; otherwise it prints the command to run
// (the tests then skip PostgreSQL with that reason, or fail under CI).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const INSTALL = 'apt-get install -y --no-install-recommends postgresql';

export function hasPostgres() {
  if (process.env.SAMSARA_TEST_PG_URL) return true;
  const onPath = (process.env.PATH ?? '').split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, 'initdb')));
  const root = '/usr/lib/postgresql';
  return onPath || (fs.existsSync(root) && fs.readdirSync(root).some((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))));
}

export function ensurePostgres() {
  if (hasPostgres()) return true;
  const canApt = process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!canApt) {
    console.log(`PostgreSQL is not installed: its tests are skipped (under CI they fail). To run them: sudo ${INSTALL}`);
    return false;
  }
  console.log('Installing PostgreSQL for its tests (Debian package postgresql)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', INSTALL.split(' ').slice(1), { stdio: 'inherit', env });
  return hasPostgres();
}

if (import.meta.url === `file://${process.argv[1]}`) ensurePostgres();
