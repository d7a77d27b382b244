import type { Database, SqlValue, Statement } from 'sql.js';

export type Row = Record<string, SqlValue>;
export type Params = SqlValue[] | Record<string, SqlValue>;

const caches = new WeakMap<Database, Map<string, Statement>>();

/**
 * Small helpers over sql.js. Each SQL text is prepared once per connection and reused (parsing
 * and planning cost more than running the small queries of the queue). sql.js's export() and
 * close() free every statement, so the Store calls forgetStatements() right after either.
 */
function prepared(db: Database, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

export function forgetStatements(db: Database): void {
  caches.delete(db);
}

export function all(db: Database, sql: string, params: Params = []): Row[] {
  const stmt = prepared(db, sql);
  try {
    stmt.bind(params);
    const rows: Row[] = [];
    while (stmt.step()) rows.push(stmt.getAsObject());
    return rows;
  } finally {
    stmt.reset(); // an unfinished statement would hold the database busy
  }
}

export function one(db: Database, sql: string, params: Params = []): Row | undefined {
  return all(db, sql, params)[0];
}

/** Runs a statement and returns how many rows it changed. */
export function run(db: Database, sql: string, params: Params = []): number {
  const stmt = prepared(db, sql);
  try {
    stmt.bind(params);
    stmt.step();
    return db.getRowsModified();
  } finally {
    stmt.reset();
  }
}

export function str(value: SqlValue | undefined): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

export function num(value: SqlValue | undefined): number | undefined {
  return value === null || value === undefined ? undefined : Number(value);
}
