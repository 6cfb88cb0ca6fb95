/**
 * Where each quote stands in its document's text. Quotes are verbatim but span line breaks as
 * YAML folds them, so the search folds whitespace (as the quote check does) and maps the match
 * back to the document's own characters. A quote that occurs more than once is placed at its first
 * occurrence; one not found (quotes not verified) has no place and is left out.
 */
import { createHash } from "node:crypto";
import { ANCHOR_PREFIX } from "./anchor.js";

export interface Passage {
  anchor: string;
  /** Offsets in the text (UTF-16 code units, as JavaScript and Cypher index strings), end exclusive. */
  start: number;
  end: number;
}

const WHITESPACE = /[\s\u00a0]/;

/** The text with whitespace runs folded to one space, and for each of its characters the offset it came from. */
function folded(text: string): { text: string; origin: number[] } {
  let out = "";
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (WHITESPACE.test(c)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && out.length > 0) {
      out += " ";
      origin.push(pendingSpace);
    }
    pendingSpace = -1;
    out += c;
    origin.push(i);
  }
  return { text: out, origin };
}

export function anchorOf(quote: string): string {
  return ANCHOR_PREFIX + createHash("sha256").update(quote, "utf8").digest("hex").slice(0, 12);
}

/** The passages of `quotes` in `text`, one per distinct quote found, in the order they appear. */
export function locatePassages(text: string, quotes: Iterable<string>): Passage[] {
  const doc = folded(text);
  const passages = new Map<string, Passage>();
  for (const quote of quotes) {
    const anchor = anchorOf(quote);
    if (passages.has(anchor)) continue;
    const q = folded(quote).text;
    if (!q) continue;
    const at = doc.text.indexOf(q);
    if (at < 0) continue;
    passages.set(anchor, { anchor, start: doc.origin[at]!, end: doc.origin[at + q.length - 1]! + 1 });
  }
  return [...passages.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}
