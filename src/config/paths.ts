/** Where the project's own files are, independent of the working directory. */
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

export const projectRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export const seedPaths = {
  seedDir: resolve(process.env.SEED_DIR ?? resolve(projectRoot, "seeds")),
  /** Source documents live beside the repository (third-party text is not committed). */
  sourcesDir: resolve(process.env.SOURCES_DIR ?? resolve(projectRoot, "..", "shared")),
};
