/**
 * A stem for every inflected form of a Swedish word, so that "avtalet", "avtalen" and "avtal", or
 * "överenskommelserna" and "överenskommelse", meet. Works on folded words (text.ts: no case, no
 * accents). The steps are those of the Snowball Swedish stemmer (suffixes in the region after the
 * first consonant that follows a vowel, then a doubled consonant, then -lig/-ig/-els), plus the
 * definite neuter -et/-ets that Snowball only strips since its 3.0 (the npm ports keep
 * "avtalet"), plus a few irregular forms. Written here rather than taken from a package: the ports
 * on npm carry the old algorithm, which keeps "avtalet" apart from "avtal" (docs/ask.md, "Choosing
 * the parts").
 */

import { fold } from "./text.js";

const VOWELS = new Set("aeiouyåäö".split(""));

/** Irregular and short forms, by folded word: adjectives (ny/nytt/nya), nouns whose stem changes. */
const LEMMAS: Record<string, string> = {
  nytt: "ny",
  nya: "ny",
  nye: "ny",
  gammalt: "gammal",
  gamla: "gammal",
  medlen: "medel",
  medlet: "medel",
  medels: "medel",
  pengarna: "pengar",
  penga: "pengar",
  moten: "mote",
  motena: "mote",
  motet: "mote",
  mote: "mote",
  motes: "mote",
  motets: "mote",
  manader: "manad",
  manaderna: "manad",
  ar: "ar",
  aret: "ar",
  aren: "ar",
  miljonerna: "miljon",
  miljoner: "miljon",
  miljarderna: "miljard",
  miljarder: "miljard",
  gjort: "gor",
  gjorde: "gor",
  gor: "gor",
  gora: "gor",
  sagt: "sag",
  sagts: "sag",
  sags: "sag",
  sager: "sag",
  sade: "sag",
};

/** Words ending in -et where -et is part of the word, not the definite ending. */
const KEEP_ET = /(?:itet|budget|paket|raket)$/;

/** Suffixes Snowball's step 1 removes, longest first, with the definite neuter -et and -ets. */
const SUFFIXES = [
  "heterna", "andena", "hetens", "anden", "heten", "heter", "arnas", "ernas", "ornas", "andes", "arens", "andet",
  "arna", "erna", "orna", "ande", "arne", "aste", "aren", "ades", "erns",
  "ade", "are", "ern", "ens", "het", "ast", "ets",
  "ad", "en", "ar", "er", "or", "as", "es", "at", "et",
  "a", "e",
].sort((a, b) => b.length - a.length);

/** Letters a genitive -s may follow. Not t, unlike Snowball: "insats" is not "insat"+s (-ets is the genitive after t). */
const S_ENDING = new Set("bcdfghjklmnoprvy".split(""));

/** Start of R1: after the first consonant that follows a vowel, at least 3 letters in. */
function regionStart(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!VOWELS.has(word[i]!) && VOWELS.has(word[i - 1]!)) return Math.max(3, i + 1);
  }
  return word.length;
}

const isDefiniteNeuter = (s: string) => s === "et" || s === "ets";

/** Step 1: the longest suffix in R1 (or a genitive -s); after a definite -et the noun's own ending goes too ("ansvaret" → "ansvar" → "ansv", as "ansvar"). */
function stripSuffix(w: string, r1: number, withEt: boolean): string {
  const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= r1 && (!isDefiniteNeuter(s) || (withEt && !KEEP_ET.test(w.slice(0, w.length - s.length + 2)))));
  if (suffix) return isDefiniteNeuter(suffix) ? stripSuffix(w.slice(0, -suffix.length), r1, false) : w.slice(0, -suffix.length);
  if (w.endsWith("s") && w.length - 1 >= r1 && S_ENDING.has(w[w.length - 2]!)) return w.slice(0, -1);
  return w;
}

/** The stem of one folded word (digits and words of one or two letters are their own stem). */
export function stem(word: string): string {
  const lemma = LEMMAS[word] ?? (/[^a-z0-9]/.test(word) ? LEMMAS[fold(word)] : undefined);
  if (lemma !== undefined) return lemma;
  if (word.length < 3 || /\d/.test(word)) return word;
  const r1 = regionStart(word);
  let w = stripSuffix(word, r1, true);
  if (/(dd|gd|nn|dt|gt|kt|tt)$/.test(w) && w.length - 1 >= r1) w = w.slice(0, -1);
  for (const [end, replace] of [["lig", ""], ["ig", ""], ["els", ""], ["lost", "los"], ["fullt", "full"]] as const) {
    if (w.endsWith(end) && w.length - end.length >= r1) {
      w = w.slice(0, w.length - end.length) + replace;
      break;
    }
  }
  return w;
}
