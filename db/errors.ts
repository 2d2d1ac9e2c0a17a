/** Raised on open when the file was migrated by a newer CareDesk than this one; nothing is touched. */
export class DatabaseTooNewError extends Error {
  readonly code = 'db.newerVersion';
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`database schema version ${found} is newer than this program's ${known}`);
    this.name = 'DatabaseTooNewError';
  }
}
