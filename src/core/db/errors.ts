/** Errors about the database file itself, worded for the person who has to act on them. */
export class DatabaseError extends Error {
  constructor(
    message: string,
    readonly code: 'NEWER_VERSION' | 'NOT_A_DATABASE' | 'LOCKED',
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}
