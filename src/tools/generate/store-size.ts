/** Bytes on disk under a folder (the Neo4j store size the generator reports). */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}
