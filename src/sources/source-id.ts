/** A source document's id is its file name under the sources folder, with its extension: `002_8d4a43273a73bb64.txt`, `reference/kommuner.tsv`. */
export const SOURCE_ID = /^[\w-][\w.-]*(\/[\w-][\w.-]*)*\.[A-Za-z0-9]+$/;

export function isSourceId(id: string): boolean {
  return SOURCE_ID.test(id) && !id.split("/").some((part) => part === "." || part === "..");
}
