/** A document the importer refuses: one message naming the file and the reason; nothing is written. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "ImportError";
  }
}
