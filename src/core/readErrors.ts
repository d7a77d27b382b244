/**
 * Read errors that may pass: the file is locked by another program, or the system is short of
 * handles. The parser and the queue's error sorting both treat these as worth a retry.
 */
export const TRANSIENT_READ_CODES: ReadonlySet<string> = new Set(['EBUSY', 'EAGAIN', 'EMFILE', 'ENFILE', 'ETIMEDOUT', 'EINTR']);
