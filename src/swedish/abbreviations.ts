/**
 * Abbreviations of the field that are words, not names: "HoS" for hälso- och sjukvård, "ÖK" for
 * överenskommelse, "LMR", "KF". (Names the graph knows by a short form, SRO, VVG, VGR, GR, are its
 * entities' short names and aliases, and are found as names.) A text with one of them gets a
 * variant with the words written out, as a compound where the abbreviation is joined to a word
 * ("HoS-avtalet" → "hälso- och sjukvårdsavtalet"); the search and the reader try both.
 */
import { fold, tokenize, type Token } from "./text.js";

interface Abbreviation {
  /** Written out, as a word on its own. */
  words: string;
  /** Written out as the first part of a compound ("hälso- och sjukvårds" + "avtalet"). */
  modifier: string;
  /** Whether this token, in its text, is the abbreviation (and not a word spelt the same). */
  is(token: Token, next: Token | undefined): boolean;
}

const upperOrMixed = (t: Token) => t.text !== t.text.toLowerCase();

/** By folded form. */
const ABBREVIATIONS: Record<string, Abbreviation> = {
  // "hos" is also the preposition: it is HoS when written with capitals, or before an agreement.
  hos: {
    words: "hälso- och sjukvård",
    modifier: "hälso- och sjukvårds",
    is: (t, next) => upperOrMixed(t) || (next !== undefined && /^(avtal|overenskommels)/.test(next.key)),
  },
  // "ok" is also the English word: ÖK only with its Ö.
  ok: { words: "överenskommelse", modifier: "överenskommelse", is: (t) => fold(t.text) !== t.text.toLowerCase() },
  lmr: { words: "länsgemensam medicinsk riktlinje", modifier: "länsgemensam medicinsk riktlinje", is: () => true },
  kf: { words: "kommunalförbund", modifier: "kommunalförbunds", is: () => true },
};

/** The text with its abbreviations written out, or null when it has none. */
export function writtenOut(text: string): string | null {
  const tokens = tokenize(text);
  let out = "";
  let at = 0;
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const abbreviation = ABBREVIATIONS[t.key];
    if (!abbreviation || !abbreviation.is(t, next)) continue;
    changed = true;
    // Joined to the next word by a dash or a space ("HoS-avtalet", "hos avtalet"): one compound.
    const joined = next !== undefined && /^[\s-]*$/.test(text.slice(t.end, next.start)) && /^(avtal|overenskommels|process|arbete)/.test(next.key);
    out += text.slice(at, t.start) + (joined ? abbreviation.modifier : abbreviation.words);
    at = joined ? next.start : t.end;
  }
  return changed ? out + text.slice(at) : null;
}

/** The folded form of every abbreviation (for the grammar: they are content words, never fillers). */
export const ABBREVIATION_KEYS: ReadonlySet<string> = new Set(Object.keys(ABBREVIATIONS));
