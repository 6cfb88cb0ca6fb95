/**
 * The words of the subject index (folded words, or their stems) with where each occurs: sorted,
 * so the words a prefix starts are one range, and grouped by first letter and length, so the near
 * misses of a word are looked for among the few words that could be one (bounded Levenshtein of
 * match.ts: the same measure the ranking judges a near miss by, so what is gathered as one is what
 * the ranking accepts; like match.ts, a near miss keeps its first letter).
 */
import { editDistance } from "../match.js";

/** Where a word occurs: the nodes (by their number in the index) and how often in each. */
export interface Posting {
  nodes: Int32Array;
  counts: Int32Array;
}

export class TermList {
  private readonly sorted: string[];
  private readonly postings = new Map<string, Posting>();
  /** By first letter and length: "a5" → the words of five letters that begin with a. */
  private readonly byStartAndLength = new Map<string, string[]>();

  /** `occurrences`: per word, per node number, how often. */
  constructor(occurrences: ReadonlyMap<string, ReadonlyMap<number, number>>) {
    for (const [term, byNode] of occurrences) {
      const nodes = [...byNode.keys()].sort((a, b) => a - b);
      this.postings.set(term, { nodes: Int32Array.from(nodes), counts: Int32Array.from(nodes, (n) => byNode.get(n)!) });
      const key = `${term[0]}${term.length}`;
      const group = this.byStartAndLength.get(key);
      if (group) group.push(term);
      else this.byStartAndLength.set(key, [term]);
    }
    this.sorted = [...this.postings.keys()].sort(compare);
    for (const group of this.byStartAndLength.values()) group.sort(compare);
  }

  get size(): number {
    return this.sorted.length;
  }

  get(term: string): Posting | undefined {
    return this.postings.get(term);
  }

  /** The words that begin with `prefix`, in order (the word itself among them when it is one). */
  withPrefix(prefix: string): string[] {
    const found: string[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length && this.sorted[i]!.startsWith(prefix); i++) found.push(this.sorted[i]!);
    return found;
  }

  /** The words within `edits` typing errors of `word` (not the word itself), with their distance, in order. */
  near(word: string, edits: number): { term: string; edits: number }[] {
    const found: { term: string; edits: number }[] = [];
    if (edits <= 0 || word.length === 0) return found;
    for (let length = Math.max(1, word.length - edits); length <= word.length + edits; length++) {
      for (const term of this.byStartAndLength.get(`${word[0]}${length}`) ?? []) {
        if (term === word) continue;
        const distance = editDistance(word, term, edits);
        if (distance <= edits) found.push({ term, edits: distance });
      }
    }
    return found;
  }
}

/** Code-unit order: the same on every machine and locale. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function lowerBound(sorted: readonly string[], value: string): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
