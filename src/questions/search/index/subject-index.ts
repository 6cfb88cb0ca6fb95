/**
 * The subject index: every searchable node of one graph version, held in memory with the words of
 * its search text (the text the full-text index holds: names, texts, compound parts, date and
 * amount tokens), so that a search gathers its candidates without a database round trip. It asks
 * what the Lucene query asks (lucene.ts `searchTerms`): a word as it is or in another inflection
 * (the stem), from three letters the words it begins, from five its near misses and those of its
 * stem (one edit, two from eight letters), a number only as it is, date and amount tokens weighted
 * up. Words are compared folded (no case, no accents: "mote" is "möte"), as the ranking compares
 * them. Stop words are neither held nor asked, as the Swedish analyzer drops them.
 *
 * The score stands in for Lucene's (BM25: a rarer word weighs more, a word in a short text more
 * than in a long one; a word met as it is above its start, and that above a near miss); ranking.ts
 * uses it only to cut to the top candidates and to break ties. Deterministic: equal scores go by id.
 */
import { fold, isStopword, normalise, wordsOf } from "../../../swedish/text.js";
import { stem } from "../../../swedish/stem.js";
import type { SearchCandidate } from "../candidate.js";
import type { SearchTerm, WordTerm } from "../lucene.js";
import { TermList, type Posting } from "./terms.js";

/** A node as the index holds it: a search candidate without a score. */
export type IndexedNode = Omit<SearchCandidate, "luceneScore">;

/** BM25's usual constants (Lucene's defaults). */
const K1 = 1.2;
const B = 0.75;
/** A word met by its start, or by a near miss, weighs less than the word met as it is. */
const PREFIX_WEIGHT = 0.5;
const FUZZY_WEIGHT = 0.4;

export class SubjectIndex {
  readonly nodes: readonly IndexedNode[];
  private readonly words: TermList;
  private readonly stems: TermList;
  private readonly lengths: Float64Array;
  private readonly averageLength: number;

  constructor(nodes: readonly IndexedNode[]) {
    // Sorted by id: the node numbers, and so every tie, are the same whatever order the nodes came in.
    this.nodes = [...nodes].sort((a, b) => (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0));
    const words = new Map<string, Map<number, number>>();
    const stems = new Map<string, Map<number, number>>();
    const count = (map: Map<string, Map<number, number>>, term: string, node: number) => {
      let byNode = map.get(term);
      if (!byNode) map.set(term, (byNode = new Map()));
      byNode.set(node, (byNode.get(node) ?? 0) + 1);
    };
    this.lengths = new Float64Array(this.nodes.length);
    const stemOf = new Map<string, string>();
    this.nodes.forEach((node, i) => {
      let length = 0;
      for (const word of wordsOf(node.searchText ?? "")) {
        if (isStopword(word)) continue;
        let wordStem = stemOf.get(word);
        if (wordStem === undefined) stemOf.set(word, (wordStem = stem(word)));
        count(words, word, i);
        count(stems, wordStem, i);
        length++;
      }
      this.lengths[i] = length;
    });
    this.words = new TermList(words);
    this.stems = new TermList(stems);
    this.averageLength = this.nodes.length ? this.lengths.reduce((a, b) => a + b, 0) / this.nodes.length || 1 : 1;
  }

  get size(): number {
    return this.nodes.length;
  }

  /** How many distinct words and stems it holds. */
  get vocabulary(): { words: number; stems: number } {
    return { words: this.words.size, stems: this.stems.size };
  }

  /** The best `limit` nodes for the terms, best first (score, then id), each with its score; none for no term. */
  gather(terms: readonly SearchTerm[], limit: number): SearchCandidate[] {
    const scores = new Float64Array(this.nodes.length);
    const touched: number[] = [];
    const add = (clause: Map<number, number>) => {
      for (const [node, score] of clause) {
        if (scores[node] === 0) touched.push(node);
        scores[node] = scores[node]! + score;
      }
    };
    for (const term of terms) {
      if (term.kind === "token") add(this.clause([[this.words.get(term.token), term.boost]]));
      else if (!isStopword(fold(term.word))) for (const clause of this.wordClauses(term)) add(clause);
    }
    touched.sort((a, b) => scores[b]! - scores[a]! || a - b);
    return touched.slice(0, limit).map((i) => ({ ...this.nodes[i]!, luceneScore: Math.round(scores[i]! * 1e6) / 1e6 }));
  }

  /**
   * A word's clauses, each node scored once per clause by the best of the word's forms it holds. A
   * word with punctuation inside ("hos-avtalet") is its parts, each asked as it is, as Lucene's
   * analyzer splits it.
   */
  private wordClauses(term: WordTerm): Map<number, number>[] {
    const key = fold(term.word);
    if (!/^[\p{L}\p{N}]+$/u.test(key)) return normalise(key).split(" ").filter((part) => part && !isStopword(part)).map((part) => this.clause([[this.stems.get(stem(part)), 1]]));
    const keyStem = stem(key);
    const forms: [Posting | undefined, number][] = [[this.stems.get(keyStem), 1]];
    if (term.prefix) for (const word of this.words.withPrefix(key)) if (word !== key) forms.push([this.words.get(word), PREFIX_WEIGHT]);
    if (term.edits > 0) {
      const weight = (edits: number) => FUZZY_WEIGHT * (1 - edits / key.length);
      // Near misses of the word among the words and, as Lucene's index holds stems, among the stems; then of its stem.
      for (const near of this.words.near(key, term.edits)) forms.push([this.words.get(near.term), weight(near.edits)]);
      for (const near of this.stems.near(key, term.edits)) forms.push([this.stems.get(near.term), weight(near.edits)]);
      // The stem of the folded word (stem.ts reads folded words): Lucene's query has the stem of the word as typed.
      if (keyStem !== key) for (const near of this.stems.near(keyStem, term.edits)) forms.push([this.stems.get(near.term), weight(near.edits)]);
    }
    return [this.clause(forms)];
  }

  /** Each node that holds one of the forms, scored by the best of them (weight × BM25 of that form in the node). */
  private clause(forms: readonly [Posting | undefined, number][]): Map<number, number> {
    const best = new Map<number, number>();
    const total = this.nodes.length;
    for (const [posting, weight] of forms) {
      if (!posting) continue;
      const df = posting.nodes.length;
      const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
      for (let j = 0; j < posting.nodes.length; j++) {
        const node = posting.nodes[j]!;
        const tf = posting.counts[j]!;
        const score = weight * idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lengths[node]!) / this.averageLength)));
        if (score > (best.get(node) ?? 0)) best.set(node, score);
      }
    }
    return best;
  }
}
