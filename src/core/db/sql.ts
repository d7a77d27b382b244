import type { Database, SqlValue } from 'sql.js';

export type Row = Record<string, SqlValue>;
export type Params = SqlValue[] | Record<string, SqlValue>;

/**
 * Small helpers over sql.js. Statements are prepared per call and freed at once: sql.js's
 * export() (every save) frees all prepared statements, so none may outlive a call.
 */
export function all(db: Database, sql: string, params: Params = []): Row[] {
  const stmt = db.prepare(sql);
  try {
    stmt.bind(params);
    const rows: Row[] = [];
    while (stmt.step()) rows.push(stmt.getAsObject());
    return rows;
  } finally {
    stmt.free();
  }
}

export function one(db: Database, sql: string, params: Params = []): Row | undefined {
  return all(db, sql, params)[0];
}

/** Runs a statement and returns how many rows it changed. */
export function run(db: Database, sql: string, params: Params = []): number {
  db.run(sql, params);
  return db.getRowsModified();
}

export function str(value: SqlValue | undefined): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

export function num(value: SqlValue | undefined): number | undefined {
  return value === null || value === undefined ? undefined : Number(value);
}
