import { DatabaseError } from '../core/db/errors';
import { Store, moveAside } from '../core/db/store';
import type { Logger } from '../core/logger';

/**
 * Opens the queue's database. A file that is not a database (damaged, or something else with
 * that name) is offered to be moved aside so a fresh queue can start; the old file is kept.
 */
export async function openStoreWithRecovery(file: string, logger: Logger, confirmMoveAside: (message: string) => Promise<boolean>): Promise<Store> {
  try {
    return await Store.open(file, { logger });
  } catch (err) {
    if (!(err instanceof DatabaseError) || err.code !== 'NOT_A_DATABASE') throw err;
    logger.error(err.message);
    if (!(await confirmMoveAside(err.message))) throw err;
    const kept = await moveAside(file);
    logger.warn(`Moved the unreadable database to ${kept} and started a fresh queue.`);
    return Store.open(file, { logger });
  }
}
