import fs from 'node:fs/promises';
import path from 'node:path';
import type { Database } from 'sql.js';
import { errorMessage } from '../logger';
import { DatabaseError } from './errors';
import { latestVersion, userVersion } from './migrations';
import { loadSqlite } from './sqlite';

/**
 * Written into the header of every queue database (`PRAGMA application_id`), so that another
 * program's SQLite file is recognised and never changed: 0x53435651 is "SCVQ" in ASCII.
 */
export const APPLICATION_ID = 0x53435651;

/** The tables of a queue database from before it carried the application id. */
const OUR_TABLES = new Set(['cvs', 'projects', 'cv_files']);

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export const isPosix = process.platform !== 'win32';

/**
 * Makes sure `file` can be a database file: absent (unless it must exist) or a regular file.
 * Returns whether it exists.
 */
export async function checkPath(file: string, mustExist: boolean): Promise<boolean> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new Error(`Cannot open the CV queue database ${file}: ${errorMessage(err)}`);
    if (!mustExist) return false;
    throw new DatabaseError(`There is no CV queue at ${file} (the file does not exist). Check the path; a queue is created when CVs are first added to it.`, 'MISSING');
  }
  if (stat.isDirectory()) {
    throw new DatabaseError(`${file} is a folder, not a CV queue database file: give the path of the database file, e.g. ${path.join(file, 'samsara.db')}.`, 'NOT_A_FILE');
  }
  if (!stat.isFile()) throw new DatabaseError(`${file} is not a regular file, so it cannot be a CV queue database: give the path of a database file.`, 'NOT_A_FILE');
  return true;
}

/** Loads the file into memory (a missing or empty file gives an empty database) and checks that it is ours and sound. */
export async function readDatabase(file: string): Promise<{ db: Database; isNew: boolean }> {
  const SQL = await loadSqlite();
  let bytes: Buffer | undefined;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new Error(`Cannot read the CV queue database ${file}: ${errorMessage(err)}`);
  }
  if (!bytes || bytes.length === 0) return { db: new SQL.Database(), isNew: true };
  if (bytes.length < 100 || !bytes.subarray(0, 16).equals(SQLITE_HEADER)) throw notADatabase(file);
  const db = new SQL.Database(bytes);
  try {
    checkSound(db, file);
    checkOurs(db, file);
    checkVersion(db, file);
  } catch (err) {
    db.close();
    throw err;
  }
  return { db, isNew: false };
}

/** A damaged file is refused before anything could write it over (a save rewrites every page). */
function checkSound(db: Database, file: string): void {
  let problems: string[];
  try {
    problems = (db.exec('PRAGMA quick_check(3)')[0]?.values ?? []).map((row) => String(row[0]).replace(/\s*\n\s*/g, ' '));
  } catch (err) {
    throw notADatabase(file, errorMessage(err));
  }
  if (problems.length === 1 && problems[0] === 'ok') return;
  throw new DatabaseError(
    `${file} is damaged (SQLite's quick check found: ${problems.join('; ').slice(0, 200)}). It was left untouched: move it aside to start a fresh queue, and keep it for recovery.`,
    'NOT_A_DATABASE',
  );
}

/** Ours: our application id, or (from before the id) only our tables, or no tables at all. */
function checkOurs(db: Database, file: string): void {
  const appId = applicationId(db);
  if (appId === APPLICATION_ID) return;
  const tables = (db.exec(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)[0]?.values ?? []).map((r) => String(r[0]));
  if (appId === 0 && (tables.length === 0 || (tables.includes('cvs') && tables.every((t) => OUR_TABLES.has(t))))) return;
  const what = tables.length ? ` (its tables: ${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''})` : '';
  throw new DatabaseError(
    `${file} is another program's SQLite database${what}, not a Samsara CV Queue database. It was left untouched: choose another path for the queue.`,
    'FOREIGN_DATABASE',
  );
}

function checkVersion(db: Database, file: string): void {
  const version = userVersion(db);
  if (version <= latestVersion) return;
  throw new DatabaseError(
    `${file} was created by a newer version of Samsara CV Queue (schema ${version}, this version knows up to ${latestVersion}). Update the extension or the samsara command; the file was left untouched.`,
    'NEWER_VERSION',
  );
}

export function applicationId(db: Database): number {
  return Number(db.exec('PRAGMA application_id')[0]?.values[0]?.[0] ?? 0);
}

export function notADatabase(file: string, detail?: string): DatabaseError {
  return new DatabaseError(
    `${file} is not a Samsara CV Queue database (not a readable SQLite file${detail ? `: ${detail}` : ''}). It was left untouched.`,
    'NOT_A_DATABASE',
  );
}

/** The folder holding a new queue is private to its owner (it will hold candidates' data). */
export async function makeFolder(file: string): Promise<void> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code !== 'EACCES' && code !== 'EROFS' && code !== 'EPERM') throw err;
    throw new DatabaseError(`Cannot create the folder for the CV queue database ${file} (${code}). Check the folder's permissions or choose another path.`, 'NOT_WRITABLE');
  }
}

/** Returns the old mode when an existing database was readable by others and has been made private. */
export async function tightenMode(file: string): Promise<number | undefined> {
  if (!isPosix) return undefined;
  const mode = (await fs.stat(file)).mode & 0o777;
  if ((mode & 0o077) === 0) return undefined;
  await fs.chmod(file, 0o600);
  return mode;
}
