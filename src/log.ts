/** One-line log messages on stderr, so stdout stays clean for command output. */
export function log(line: string): void {
  process.stderr.write(`[samverkansgrafen] ${line}\n`);
}
