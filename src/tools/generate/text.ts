/**
 * Deterministic Swedish-looking text for generated names, descriptions and quotes. Quotes are
 * slices of one long text built once per run, so a million quotes cost no extra work; lengths
 * are drawn from the seed graph's own distribution (see profile.ts).
 */
import type { Random } from "./prng.js";

// Our own word list: common words of the domain, so full-text search on the generated graph
// finds realistic numbers of hits.
const WORDS = (
  "samverkan vård omsorg kommun region överenskommelse avtal riktlinje hälso- och sjukvård " +
  "psykisk hälsa barn unga äldre primärvård hemsjukvård rehabilitering läkemedel informationsöverföring " +
  "uppföljning förlängning remiss ställningstagande beslut rekommendation huvudmännen ledningsråd " +
  "styrgrupp beredning tjänstepersoner politiker nära vård utveckling handlingsplan medel fördelning " +
  "statsbidrag rekvirera länsgemensam delregional lokal uppdrag rapport förslag informationen noterar " +
  "ställer sig bakom sänds på remiss mål ansvar gemensam plan arbete område insatser personer behov " +
  "stöd samordnad individuell planering utskrivning sluten öppen specialiserad digital tillgänglighet " +
  "kompetens försörjning suicidprevention beroende missbruk funktionsnedsättning demens palliativ " +
  "vårdcentral ambulans akut mottagning elevhälsa socialtjänst familjecentral kvalitet säkerhet"
).split(" ");

export class TextPool {
  private readonly text: string;

  constructor(random: Random, size = 200_000) {
    const parts: string[] = [];
    let length = 0;
    let sentence = 0;
    while (length < size) {
      const word = random.pick(WORDS);
      const capital = sentence === 0;
      const w = capital ? word[0]!.toUpperCase() + word.slice(1) : word;
      sentence++;
      const end = sentence > 6 && random.chance(0.2);
      if (end) sentence = 0;
      const part = `${w}${end ? "." : ""}`;
      parts.push(part);
      length += part.length + 1;
    }
    this.text = parts.join(" ");
  }

  /** A passage of about `length` characters, starting at a word. */
  passage(random: Random, length: number): string {
    let start = random.int(0, this.text.length - length - 1);
    while (start > 0 && this.text[start - 1] !== " ") start--;
    return this.text.slice(start, start + Math.max(3, length)).trim();
  }

  /** `base`, lengthened with domain words to about `length` characters. */
  lengthen(random: Random, base: string, length: number): string {
    let name = base;
    while (name.length < length - 4) name += ` ${random.pick(WORDS)}`;
    return name;
  }
}

/** Draws one of the observed values (an empirical distribution). */
export function drawFrom(random: Random, observed: readonly number[], fallback: number): number {
  return observed.length ? random.pick(observed) : fallback;
}
