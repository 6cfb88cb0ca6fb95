/** A source document's id is its file name under the sources folder, e.g. `002_8d4a43273a73bb64.txt` or `reference/kommuner.tsv`. */
export const SOURCE_ID = /^[\w.-]+(\/[\w.-]+)*$/;

export function isSourceId(id: string): boolean {
  return SOURCE_ID.test(id) && !id.split("/").some((part) => part === "." || part === "..") && !id.includes(":");
}
