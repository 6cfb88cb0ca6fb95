/** Problems found in seed files, each pinned to a file, a line and (where known) a field. */
export interface SeedProblem {
  file: string;
  line?: number;
  /** e.g. `entities[3] (org:vgr)` */
  entry?: string;
  field?: string;
  message: string;
}

export function formatProblem(p: SeedProblem): string {
  const where = [p.file + (p.line ? `:${p.line}` : ""), p.entry, p.field ? `field '${p.field}'` : undefined]
    .filter(Boolean)
    .join(" ");
  return `${where}: ${p.message}`;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `${problems.length} problem(s) in the seed files; nothing was written:\n` +
        problems.map((p) => "  " + formatProblem(p)).join("\n"),
    );
    this.name = "SeedValidationError";
  }
}
