/**
 * Raised on open when the file was migrated by a CareDesk this one does not know (newer, or another
 * build's migrations); nothing is touched. `code` is the translated message's key in `errors`.
 */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
    readonly code: 'db.newerVersion' | 'db.unknownMigrations' = 'db.newerVersion',
  ) {
    super(
      code === 'db.newerVersion'
        ? `database schema version ${found} is newer than this program's ${known}`
        : `database has migrations this program (version ${known}) does not know`,
    );
    this.name = 'DatabaseTooNewError';
  }
}
