/**
 * The one error the data package throws: a data file that is absent, unreadable or lacks what
 * the importer needs. Its message names the file (and line, where known) so a user can look.
 */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`} ${problem}`);
    this.name = 'DataError';
  }
}
