/**
 * The development set of real pages scored against their expected facts: each page is imported
 * (nothing written) and compared with its fixture, then totals per page kind and per kind of fact.
 */
import { join } from "node:path";
import { ImportError } from "../errors.js";
import type { GraphIndex } from "../resolve/graph-index.js";
import { importDocument } from "../run-import.js";
import { addScores, precision, recall, type Score } from "./compare-with-graph.js";
import { loadGold, type GoldPage } from "./gold.js";
import { REAL_KINDS, scoreRealPage, type RealKind } from "./score-real-page.js";

export interface PageResult {
  gold: GoldPage;
  refused?: string;
  scores: Record<RealKind, Score>;
  ms: number;
}

export async function scoreRealPages(pagesDir: string, goldDir: string, index: GraphIndex, scratch: { seedDir: string; sourcesDir: string }): Promise<PageResult[]> {
  const out: PageResult[] = [];
  for (const gold of loadGold(goldDir)) {
    const started = performance.now();
    try {
      const r = await importDocument(join(pagesDir, gold.page), { ...scratch, index });
      out.push({ gold, scores: scoreRealPage(r.proposal, gold), ms: performance.now() - started });
    } catch (err) {
      if (!(err instanceof ImportError)) throw err;
      out.push({ gold, refused: err.reason, scores: scoreRealPage(undefined, gold), ms: performance.now() - started });
    }
  }
  return out;
}

const zero = (): Score => ({ proposed: 0, curated: 0, matched: 0 });

export function totals(results: PageResult[]): Record<RealKind, Score> {
  const t = Object.fromEntries(REAL_KINDS.map((k) => [k, zero()])) as Record<RealKind, Score>;
  for (const r of results) for (const k of REAL_KINDS) t[k] = addScores(t[k], r.scores[k]);
  return t;
}

/** Every fact kind added up: the page's (or the kind's) overall precision and recall. */
export function overall(scores: Record<RealKind, Score>): Score {
  return REAL_KINDS.reduce((acc, k) => addScores(acc, scores[k]), zero());
}

export const pct = (v: number | undefined) => (v === undefined ? "–" : `${(v * 100).toFixed(0)} %`);
export const cell = (s: Score) => `${s.matched}/${s.proposed} · ${s.matched}/${s.curated}`;
export { precision, recall };
