/** Why the database file cannot be used; the extension offers "Move Aside and Start Fresh" for NOT_A_DATABASE. */
export type DatabaseErrorCode =
  | 'NEWER_VERSION'
  | 'NOT_A_DATABASE'
  | 'LOCKED'
  /** A SQLite database of another program: never changed, never offered to be moved aside. */
  | 'FOREIGN_DATABASE'
  /** Opened with `mustExist` (or read-only) and there is no file at the path. */
  | 'MISSING'
  /** The path is a folder or another non-file. */
  | 'NOT_A_FILE'
  /** The folder or file cannot be written (permissions, read-only file system). */
  | 'NOT_WRITABLE';

/** Errors about the database file itself, worded for the person who has to act on them. */
export class DatabaseError extends Error {
  constructor(
    message: string,
    readonly code: DatabaseErrorCode,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}
