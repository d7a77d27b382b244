// Entry of the embedded store's thread (bundled as dist/storeThread.js): the extension host keeps
// only a stand-in, so sql.js's whole-file saves never block it.
import { runStoreThread } from './storageServer';

runStoreThread();
