/**
 * The source documents that seed quotes cite. Their text is not part of this repository (it
 * is third-party text); it is read from the shared sources folder to verify quotes.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Whitespace (including line breaks and no-break spaces) is folded: quotes span lines in YAML. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

export class SourceTexts {
  private readonly cache = new Map<string, string | undefined>();
  /** Folded once per document: every quote is checked against it (thousands of look-ups). */
  private readonly normalisedCache = new Map<string, string | undefined>();
  constructor(readonly root: string) {}

  /** `002_x.txt` is looked up in `<root>/seeds/`, `reference/kommuner.tsv` under `<root>/`. */
  pathOf(documentId: string): string | undefined {
    for (const candidate of [join(this.root, "seeds", documentId), join(this.root, documentId)]) {
      if (existsSync(candidate)) return candidate;
    }
    return undefined;
  }

  raw(documentId: string): string | undefined {
    if (!this.cache.has(documentId)) {
      const path = this.pathOf(documentId);
      this.cache.set(documentId, path ? readFileSync(path, "utf8") : undefined);
    }
    return this.cache.get(documentId);
  }

  normalised(documentId: string): string | undefined {
    if (!this.normalisedCache.has(documentId)) {
      const raw = this.raw(documentId);
      this.normalisedCache.set(documentId, raw === undefined ? undefined : normaliseWhitespace(raw));
    }
    return this.normalisedCache.get(documentId);
  }
}
