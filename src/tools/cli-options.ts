/** Command-line options shared by the developer tools' entry points. */

/** The value after `--name`, or the fallback. */
export function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** With `--help`, prints the tool's usage and exits before the tool starts anything. */
export function exitOnHelp(usage: string): void {
  if (!process.argv.includes("--help")) return;
  console.log(usage);
  process.exit(0);
}
