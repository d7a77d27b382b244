import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { PgRow } from './pgRows';

type Param = string | number | boolean | null | Date | readonly (string | null)[];

/** The few ways the repositories use the pool: rows, one row, a write's count, a transaction. */
export class PgDb {
  constructor(readonly pool: Pool) {}

  async rows(sql: string, params: readonly Param[] = []): Promise<PgRow[]> {
    return (await this.pool.query(sql, params as unknown[])).rows as PgRow[];
  }

  async one(sql: string, params: readonly Param[] = []): Promise<PgRow | undefined> {
    return (await this.rows(sql, params))[0];
  }

  /**
   * For the statements every worker runs for every CV (claim, complete): prepared once per
   * connection under a name derived from the text, so each later run skips parsing and planning.
   */
  async prepared(sql: string, params: readonly Param[] = []): Promise<PgRow[]> {
    return (await this.pool.query({ name: statementName(sql), text: sql, values: params as unknown[] })).rows as PgRow[];
  }

  /** Runs a write and returns how many rows it changed. */
  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    return (await this.pool.query(sql, params as unknown[])).rowCount ?? 0;
  }

  async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
}

const names = new Map<string, string>();

function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `samsara_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    names.set(sql, name);
  }
  return name;
}
