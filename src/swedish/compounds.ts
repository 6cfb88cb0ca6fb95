/**
 * Swedish compounds split against a vocabulary: "ramavtal" → ram + avtal, "läkarinsatser" →
 * läkar + insatser, "ungdomsmottagningarna" → ungdoms + mottagningarna. The head (the last part)
 * must be a known word (by its stem); after a trusted head (the field's own words, domain-words.ts)
 * the modifier may be any three letters or more, after another head it must be known too, with or
 * without a linking s; a modifier that is itself a compound is split again. A known word is split
 * too (so "ramavtal" is also found by "avtal"). No library: npm has no maintained Swedish
 * decompounder (docs/ask.md, "Choosing the parts").
 */
import { stem } from "./stem.js";
import { fold, tokenize, wordsOf } from "./text.js";

/** Heads shorter than four letters are too easily a word's accidental ending; these are real. */
const SHORT_HEADS = new Set(["rad", "lag", "tid", "lan", "ram"]);

export class Vocabulary {
  private readonly stems = new Set<string>();
  /** Heads known well enough to split off whatever comes before them ("äldre|omsorgen"). */
  private readonly trusted = new Set<string>();
  /** Splits already worked out, by folded word (texts repeat their words). */
  readonly splits = new Map<string, number[]>();

  /**
   * `words` are folded words (text.ts); each counts by its stem, from four letters (or a known
   * short head). `trusted`: the words are real heads (a curated list), not just words of a text.
   */
  constructor(words: Iterable<string> = [], trusted = false) {
    for (const w of words) {
      this.add(w);
      if (trusted) this.trusted.add(stem(w));
    }
  }

  /** A trusted head: a compound may end in it whatever its modifier. */
  trusts(word: string): boolean {
    return this.knows(word) && this.trusted.has(stem(word));
  }

  add(word: string): void {
    if (word.length >= 4 || SHORT_HEADS.has(word)) this.stems.add(stem(word));
    this.splits.clear();
  }

  knows(word: string): boolean {
    return (word.length >= 4 || SHORT_HEADS.has(word)) && this.stems.has(stem(word));
  }

  get size(): number {
    return this.stems.size;
  }

  /** Every word of the texts, from four letters on, added to this vocabulary. */
  static of(texts: Iterable<string>, base?: Vocabulary): Vocabulary {
    const vocabulary = new Vocabulary();
    if (base) {
      for (const s of base.stems) vocabulary.stems.add(s);
      for (const s of base.trusted) vocabulary.trusted.add(s);
    }
    for (const t of texts) for (const w of wordsOf(t)) if (!/\d/.test(w)) vocabulary.add(w);
    return vocabulary;
  }
}

/**
 * Where a folded word splits into parts, as the indexes where each part after the first starts
 * ([] when it is no compound the vocabulary knows). The longest known head wins (fewest parts);
 * a modifier is split again, without its linking s.
 */
export function compoundSplits(word: string, vocabulary: Vocabulary, depth = 3): number[] {
  if (depth === 0 || word.length < 6 || /\d/.test(word)) return [];
  const known = depth === 3 ? vocabulary.splits.get(word) : undefined;
  if (known) return known;
  const splits = splitsOf(word, vocabulary, depth);
  if (depth === 3) vocabulary.splits.set(word, splits);
  return splits;
}

function splitsOf(word: string, vocabulary: Vocabulary, depth: number): number[] {
  for (let i = 3; i <= word.length - 3; i++) {
    const head = word.slice(i);
    if (!vocabulary.knows(head)) continue;
    const modifier = word.slice(0, i);
    const bare = modifier.length > 3 && modifier.endsWith("s") ? modifier.slice(0, -1) : modifier;
    // A word of the graph as head splits only after a known modifier: "förs|laget", "revi|deras" are no compounds.
    const inner = compoundSplits(bare, vocabulary, depth - 1);
    if (!vocabulary.trusts(head) && inner.length === 0 && !vocabulary.knows(bare) && !vocabulary.knows(modifier)) continue;
    return [...inner, i];
  }
  return [];
}

/** The parts of a word, modifiers first and the head last (linking s kept on its modifier), or [word]. */
export function compoundParts(word: string, vocabulary: Vocabulary): string[] {
  const splits = compoundSplits(fold(word), vocabulary);
  const bounds = [0, ...splits, word.length];
  return bounds.slice(0, -1).map((b, i) => word.slice(b, bounds[i + 1]));
}

/** The parts of every compound word of a text, as written, joined by spaces ("" when none splits). */
export function compoundPartsOf(text: string, vocabulary: Vocabulary): string {
  const parts: string[] = [];
  for (const t of tokenize(text)) {
    const split = compoundParts(t.text, vocabulary);
    if (split.length > 1) parts.push(...split);
  }
  return parts.join(" ");
}
