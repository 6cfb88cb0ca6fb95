/**
 * The text an answer is printed as: lines collected in a report (so a prompt can print what came
 * before it), names with their ids, quotes cut to a line, the sources of a fact, and a step of a
 * chain as a Swedish sentence ("A är en del av B"). The shapes below are the least every
 * question's generated answer type has for them.
 */
import { relationSv } from "../../labels/sv.js";

export interface Named {
  id: string;
  name?: string | null;
}

export interface SourceLike {
  quote: string;
  document?: { title: string } | null;
}

export interface StepLike {
  relation: string;
  from: Named;
  to: Named;
  inferred: boolean;
  because?: string | null;
  sources?: readonly SourceLike[];
}

/** "Name (id)", or the id alone when the entity has no name. */
export function nameOf(e: Named | null | undefined): string {
  if (!e) return "?";
  return e.name ? `${e.name} (${e.id})` : e.id;
}

/** The names of a list, joined. */
export const namesOf = (list: readonly { name: string }[], separator = ", "): string => list.map((e) => e.name).join(separator);

/** Text cut to `max` characters on one line. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}…` : flat;
}

export const quote = (text: string): string => `"${oneLine(text, 160)}"`;

export class Report {
  private readonly lines: string[] = [];

  /** `brief`: no sources, quotes or reasons. */
  constructor(readonly brief: boolean) {}

  say(line = ""): void {
    this.lines.push(line);
  }

  /** The lines so far, taken out of the report. */
  take(): string {
    return this.lines.splice(0).join("\n");
  }

  /** Each source as a quote and the document it is from (not in a brief report). */
  sources(list: readonly SourceLike[] | undefined, indent: string): void {
    if (this.brief || !list?.length) return;
    for (const s of list) this.say(`${indent}källa: ${quote(s.quote)}${s.document ? ` — ${oneLine(s.document.title, 60)}` : ""}`);
  }

  /** A step of a chain as a sentence, marked when it is inferred, with why and its sources. */
  step(s: StepLike, indent: string): void {
    this.say(`${indent}${s.from.name ?? s.from.id} ${relationSv(s.relation)} ${s.to.name ?? s.to.id}${s.inferred ? "  [slutsats]" : ""}`);
    if (s.inferred && s.because && !this.brief) this.say(`${indent}  varför: ${s.because}`);
    this.sources(s.sources, `${indent}  `);
  }

  /** "(fler finns; höj --max)" when the answer was cut. */
  truncated(truncated: boolean, what = "fler"): void {
    if (truncated) this.say(`(${what} finns; höj --max)`);
  }
}
