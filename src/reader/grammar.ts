/**
 * Aligns a question's words with a phrasing's atoms (patterns.ts): every atom meets one word of
 * the question in order (the word itself, another inflection of it, or with a typing error), the
 * subject slot takes a run of one or more words, and words the phrasing does not name are passed
 * over at a cost (less for a small word such as "den"). The fit is the share of what was met:
 * 1 when the question is the phrasing word for word.
 */
import { editDistance } from "../questions/search/match.js";
import { isStopword } from "../swedish/text.js";
import type { Atom, Sequence } from "./patterns.js";

export interface QuestionWord {
  /** Folded. */
  key: string;
  stem: string;
  /** Where it is in the question (character offsets). */
  start: number;
  end: number;
}

export interface Alignment {
  /** 0–1. */
  fit: number;
  /** The words the subject slot took (indices into the words, end exclusive), or null. */
  subject: { from: number; to: number } | null;
  /** The slots the sequence asks for beside the subject. */
  wants: { date: boolean; amount: boolean };
}

const SKIP_SMALL = 0.25;
const SKIP_WORD = 0.7;
const SUBJECT_WORD_COST = 0.001;
/** A phrasing of a subject alone ("{subject}") fits at most this much: any question names something. */
export const BARE_SUBJECT_FIT = 0.6;
const FILLED_SLOT_FIT = 0.1;

/** How well one question word meets one atom: 1 exact, less for another form or a typing error, 0 not at all. */
export function meets(atom: Atom, word: QuestionWord): number {
  if (atom.kind === "prefix") return word.key.startsWith(atom.prefix) ? 1 : 0;
  if (atom.kind !== "word") return 0;
  let best = 0;
  for (let i = 0; i < atom.words.length; i++) {
    const w = atom.words[i]!;
    if (w === word.key) return 1;
    if (w.length >= 4 && atom.stems[i] === word.stem) best = Math.max(best, 0.9);
    else if (w.length >= 5 && editDistance(w, word.key, w.length >= 9 ? 2 : 1) <= (w.length >= 9 ? 2 : 1)) best = Math.max(best, 0.75);
  }
  return best;
}

const skipCost = (word: QuestionWord) => (isStopword(word.key) ? SKIP_SMALL : SKIP_WORD);

/** The best alignment of the words with the sequence, or null when they cannot be aligned. */
export function align(sequence: Sequence, words: readonly QuestionWord[]): Alignment | null {
  const n = words.length;
  const m = sequence.length;
  const wordAtoms = sequence.filter((a) => a.kind !== "slot").length;
  // best[a][t]: the best (met − skipped) having used the first a atoms and the first t words.
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
  const back: ({ a: number; t: number } | null)[][] = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(null));
  best[0]![0] = 0;
  for (let a = 0; a <= m; a++) {
    for (let t = 0; t <= n; t++) {
      const here = best[a]![t]!;
      if (here === -Infinity) continue;
      const relax = (a2: number, t2: number, value: number) => {
        if (value > best[a2]![t2]!) {
          best[a2]![t2] = value;
          back[a2]![t2] = { a, t };
        }
      };
      // A word the phrasing does not name is passed over (not inside the subject: the slot takes it).
      if (t < n) relax(a, t + 1, here - skipCost(words[t]!));
      if (a === m) continue;
      const atom = sequence[a]!;
      if (atom.kind === "slot") {
        if (atom.slot !== "subject") relax(a + 1, t, here);
        // A tiny cost per word, so that a phrasing's word meets the question's word rather than the subject taking it.
        else for (let t2 = t + 1; t2 <= n; t2++) relax(a + 1, t2, here - SUBJECT_WORD_COST * (t2 - t));
      } else if (t < n) {
        const q = meets(atom, words[t]!);
        if (q > 0) relax(a + 1, t + 1, here + q);
      }
    }
  }
  if (best[m]![n] === -Infinity) return null;
  // Walk back for the subject's words and the cost of the words passed over.
  let subject: Alignment["subject"] = null;
  let skipped = 0;
  let met = 0;
  for (let a = m, t = n; a > 0 || t > 0; ) {
    const from = back[a]![t]!;
    if (from.a === a) skipped += skipCost(words[from.t]!);
    else if (sequence[from.a]!.kind === "slot" && (sequence[from.a] as { slot: string }).slot === "subject") subject = { from: from.t, to: t };
    else if (sequence[from.a]!.kind !== "slot") met += meets(sequence[from.a]!, words[from.t]!);
    a = from.a;
    t = from.t;
  }
  const slots = sequence.filter((s) => s.kind === "slot").map((s) => s.slot);
  // A bare phrasing fits better for each date or amount slot it fills: "{subject} {date}" reads "SRO 21/11 2024" better than "{subject}".
  const bare = BARE_SUBJECT_FIT + FILLED_SLOT_FIT * slots.filter((s) => s !== "subject").length;
  const fit = wordAtoms === 0 ? bare / (1 + skipped) : met / (wordAtoms + skipped);
  return { fit, subject, wants: { date: slots.includes("date"), amount: slots.includes("amount") } };
}
