/**
 * The normalised text as numbered lines, each with a "clean" form (no markdown emphasis, heading
 * marks or bullet) that the parsers match on, and passages that quote the raw line verbatim.
 */
import type { Passage } from "./parsed-document.js";

export interface Line {
  /** 1-based line number in the normalised text. */
  n: number;
  raw: string;
  /** Without markdown emphasis, heading marks and bullets. */
  clean: string;
  bullet: boolean;
}

export const BULLET_RE = /^\s*(?:[-•·➤*]|\d+\))\s+/;
export const LABEL_RE = /^(Föredragande|Ställningstagande|Frånvarande|Inbjudna|Närvarande|Deltagare|Kallade|Anmält förhinder|Medskick från [^:]{1,40}|Beslut)\s*[:.]\s*/i;

function cleanOf(raw: string): string {
  return raw.replace(/^\s*#+\s*/, "").replace(/\*\*|__/g, "").replace(/^\*(.*)\*$/, "$1").replace(/\[([^\]]*)\]\(#?[^)]*\)/g, "$1").trim();
}

export function toLines(text: string): Line[] {
  return text.split("\n").map((raw, i) => {
    const clean = cleanOf(raw);
    const bullet = BULLET_RE.test(clean) || BULLET_RE.test(raw);
    return { n: i + 1, raw, clean: clean.replace(BULLET_RE, "").trim(), bullet };
  });
}

/** The longest verbatim part of a line worth quoting: the given part or the clean text if the raw line holds it. */
export function passageOf(line: Line, part?: string): Passage {
  const candidates = [part, line.clean, line.raw.trim()].filter((c): c is string => !!c && c.length >= 3);
  const quote = candidates.find((c) => line.raw.includes(c)) ?? line.raw.trim();
  return { quote, line: line.n };
}

/** Comparable key of a heading or title: letters and digits only, lower case. */
export function titleKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** The sentences of a line, each with its offset; a sentence ends at ". ", "! " or "? " before an upper-case letter or a digit. */
export function sentencesOf(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/(?<=[.!?])\s+(?=[\p{Lu}\d])/gu)) {
    // "t.ex. Västra", "bl.a. VGR", "ca. 5": an abbreviation, not the end of a sentence.
    const before = text.slice(start, m.index);
    if (/\b(t\.ex|bl\.a|m\.m|s\.k|ca|kl|dvs|inkl|resp|nr|jfr|p\.g\.a|t\.o\.m|fr\.o\.m)\.$/i.test(before)) continue;
    out.push({ text: before.trim(), index: start });
    start = m.index! + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push({ text: rest, index: start });
  return out;
}
