// The embedded store's thread as the extension runs it, plus a `testing` repository: SQL for
// setups the storage interface does not offer, and a way to make the thread die on demand.
import { runStoreThread } from '../../../../src/core/queue/storeThread/storageServer';

runStoreThread((storage) => ({
  testing: {
    async run(sql: string, params: (string | number | null)[]): Promise<void> {
      storage.store.db.run(sql, params);
      storage.store.markDirty();
    },
    async saveCount(): Promise<number> {
      return storage.store.saveCount;
    },
    crash(): void {
      process.exit(7);
    },
  },
}));
