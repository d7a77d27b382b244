import type { PgDb } from '../src/core/queue/postgres/pgDb';

/**
 * The server's own time for a statement, from pg_stat_statements (loaded by the test server when
 * the machine's PostgreSQL has it): what a claim costs once it arrives, apart from the network,
 * the client and the machine's scheduling. Undefined when the extension is not available.
 */
export async function serverTimes(db: PgDb): Promise<{ read(like: string): Promise<{ mean: number; max: number } | undefined> } | undefined> {
  try {
    await db.run('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await db.run('SELECT pg_stat_statements_reset()');
  } catch {
    return undefined;
  }
  return {
    async read(like) {
      const r = await db.one(
        `SELECT sum(total_exec_time) / sum(calls) AS mean, max(max_exec_time) AS max FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query LIKE $1`,
        [like],
      );
      return r?.mean == null ? undefined : { mean: Number(r.mean), max: Number(r.max) };
    },
  };
}
