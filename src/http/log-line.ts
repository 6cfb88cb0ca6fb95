/** The HTTP layer's structured log: one JSON line per event on stderr (requests, errors, database state). */
export function writeLogLine(fields: Record<string, unknown>): void {
  process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level: "info", ...fields }) + "\n");
}
