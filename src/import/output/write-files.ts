/**
 * Where a proposal goes: the normalised text as `SOURCES_DIR/seeds/NNN_<16 hex of its SHA-256>.txt`
 * and the seed file as `SEED_DIR/documents/NNN-<slug>.yaml`. A document imported before keeps
 * its number and paths, so a second import rewrites the identical files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { slugOf } from "../resolve/graph-index.js";

export interface Placement {
  sourceFile: string;
  /** Relative to SEED_DIR. */
  seedFile: string;
}

function seedDocumentsOf(seedDir: string): { name: string; file?: string }[] {
  const dir = join(seedDir, "documents");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /^\d{3}-.*\.ya?ml$/.test(n))
    .map((name) => ({ name, file: /^\s*file:\s*(\S+)/m.exec(readFileSync(join(dir, name), "utf8"))?.[1] }));
}

/**
 * Where a document goes. `reserved` holds numbers already given to other documents of the same
 * batch, so each page of a batch gets its own number before anything is written.
 */
export function placeDocument(sha256: string, title: string, seedDir: string, sourcesDir: string, reserved: number[] = []): Placement {
  const hash = sha256.slice(0, 16);
  const sourceNames = existsSync(join(sourcesDir, "seeds")) ? readdirSync(join(sourcesDir, "seeds")) : [];
  const seeds = seedDocumentsOf(seedDir);
  const sameSource = sourceNames.find((n) => n.endsWith(`_${hash}.txt`)) ?? seeds.find((s) => s.file?.endsWith(`_${hash}.txt`))?.file;
  if (sameSource) {
    const existing = seeds.find((s) => s.file === sameSource);
    const nnn = sameSource.slice(0, 3);
    return { sourceFile: sameSource, seedFile: `documents/${existing?.name ?? `${nnn}-${slugOf(title)}.yaml`}` };
  }
  const numbers = [...sourceNames, ...seeds.map((s) => s.name)].map((n) => /^(\d{3})[_-]/.exec(n)?.[1]).filter(Boolean).map(Number);
  const nnn = String(Math.max(-1, ...numbers, ...reserved) + 1).padStart(3, "0");
  return { sourceFile: `${nnn}_${hash}.txt`, seedFile: `documents/${nnn}-${slugOf(title).slice(0, 50).replace(/-+$/, "")}.yaml` };
}

/** Writes every document's two files through temporary names and renames them only when all are written: no half-written batch is left behind. */
export function writeImport(files: { place: Placement; text: string; yaml: string }[], seedDir: string, sourcesDir: string): string[] {
  const targets = files.flatMap((f) => [
    [join(sourcesDir, "seeds", f.place.sourceFile), f.text],
    [join(seedDir, f.place.seedFile), f.yaml],
  ] as const);
  for (const [path] of targets) mkdirSync(join(path, ".."), { recursive: true });
  const temps = targets.map(([path, content]) => {
    const temp = `${path}.tmp-${process.pid}`;
    writeFileSync(temp, content);
    return [temp, path] as const;
  });
  for (const [temp, path] of temps) renameSync(temp, path);
  return targets.map(([path]) => path);
}
