/**
 * Text normalisation for the audit: a name "occurs" in a quote if it does after folding case,
 * diacritics, whitespace and hyphenation ("HoS-avtalet" = "hos avtalet", "läns-gemensam" =
 * "länsgemensam"). Hand-written: a dozen lines of String.normalize, no library needed.
 */

// The same quotes are folded again for every claim checked against them; a few thousand distinct texts.
const folded = new Map<string, string>();

/** Lower-case ASCII words separated by single spaces; a hyphen inside a word vanishes ("Hälso- och" keeps its space). */
export function words(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    result = fold(text);
    folded.set(text, result);
  }
  return result;
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/([a-z])[-\u2010-\u2013\u00ad]([a-z])/gi, "$1$2")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Without any separators: for phrases that the documents hyphenate or split differently. */
export function compact(text: string): string {
  return words(text).replace(/ /g, "");
}

/** Whether `phrase` occurs in `text` after folding (on word boundaries for short phrases). */
export function occursIn(phrase: string, text: string): boolean {
  const p = words(phrase);
  if (p.length === 0) return true;
  if (` ${words(text)} `.includes(` ${p} `)) return true;
  // An abbreviation as the first part of a hyphenated compound ("IVPA" in "IVPA-uppdrag").
  if (` ${words(text.replace(/-/g, " "))} `.includes(` ${p} `)) return true;
  // Longer phrases may be written together or apart ("HoS avtalet" / "HoS-avtalet").
  return p.length >= 6 && compact(text).includes(compact(phrase));
}

/** Whether `word` starts a word of `text` (Swedish compounds: "Teams" in "Teamsmöte"). */
export function startsAWordIn(word: string, text: string): boolean {
  const w = words(word);
  return w.length >= 4 && !w.includes(" ") && ` ${words(text)}`.includes(` ${w}`);
}
