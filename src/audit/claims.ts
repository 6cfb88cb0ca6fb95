/**
 * What a free-text field claims that a quote must support: numbers, dates and proper names.
 * Swedish dates ("8 juni 2022", "juni 2022", "3/10") are read by a small regex over a closed
 * month list, which for this fixed vocabulary is simpler and stricter than a date library.
 */
import * as vocabulary from "../model/vocabulary.js";
import { occursIn, startsAWordIn, words } from "./normalise.js";

const VOCABULARY = new Set(Object.values(vocabulary).flatMap((e) => e.options as readonly string[]));

type ClaimKind = "date" | "month" | "year" | "number" | "name" | "role";

export interface Claim {
  kind: ClaimKind;
  /** As written in the field. */
  text: string;
  /** `2022-06-08`, `2022-06`, `2022`, `49`, or the name. */
  value: string;
}

const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const MONTH_ABBREVIATIONS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12 };
const MONTH_PATTERN = `(${MONTHS.join("|")}|${Object.keys(MONTH_ABBREVIATIONS).join("|")})\\.?`;
const NUMBER_WORDS: Record<string, string> = { en: "1", ett: "1", två: "2", tre: "3", fyra: "4", fem: "5", sex: "6", sju: "7", åtta: "8", nio: "9", tio: "10", elva: "11", tolv: "12" };

const pad = (n: number) => String(n).padStart(2, "0");
function monthNumber(name: string): number {
  const m = name.toLowerCase().replace(/\.$/, "");
  const full = MONTHS.indexOf(m);
  return full >= 0 ? full + 1 : MONTH_ABBREVIATIONS[m]!;
}

/** Sentences that say themselves that they are a conclusion or that something is open. */
export const HEDGE = /\b(troligen|sannolikt|förmodligen|antagligen|antas|antar|tolkas|tolkning|slutsats|härlett|framgår inte|oklart|okänt|okänd|nämns inte|anges inte|namnges inte|ej namngivna|inte namngivna|avbruten|avbrutet|avbryts|slutar mitt|ofullständig)\b/i;

/** Roles a description may give a person or body: each must be in a quote (a role the text never gives is a claim). */
const ROLE_WORDS = /\b(ledamot|ledamöter|tjänsteperson|tjänstepersoner|tjänsteman|politiker|regionpolitiker|kommunpolitiker|ordförande|sekreterare|mötessekreterare|direktör|förbundsdirektör|processledare|jurist|kommunikatör|föredragande|samordnare|chef|adjungerad|adjungeras|undertecknare)\b/giu;

/** Words that start with a capital in Swedish prose without being names. */
const NOT_NAMES = new Set(["Ställningstagande", "Information", "Föredragande", "Medskick", "Dialog", "Beslut", "Ev", "Tidplan", "Syfte", "Remiss"]);

export function claimsOf(text: string): Claim[] {
  const claims: Claim[] = [];
  let rest = text;
  const take = (re: RegExp, make: (m: RegExpExecArray) => Claim[]) => {
    rest = rest.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      claims.push(...make(m));
      return " ".repeat(m[0].length);
    });
  };
  take(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => [{ kind: "date", text: m[0], value: m[0] }]);
  take(/\b(\d{4})-(\d{2})\b(?!-)/g, (m) => [{ kind: "month", text: m[0], value: m[0] }]);
  take(new RegExp(`\\b(\\d{1,2}) ${MONTH_PATTERN} (\\d{4})\\b`, "gi"), (m) => [{ kind: "date", text: m[0], value: `${m[3]}-${pad(monthNumber(m[2]!))}-${pad(Number(m[1]))}` }]);
  take(new RegExp(`\\b${MONTH_PATTERN} (\\d{4})\\b`, "gi"), (m) => [{ kind: "month", text: m[0], value: `${m[2]}-${pad(monthNumber(m[1]!))}` }]);
  take(/\b(19|20)\d{2}\b/g, (m) => [{ kind: "year", text: m[0], value: m[0] }]);
  take(/\d+(?:[,.]\d+)?/g, (m) => [{ kind: "number", text: m[0], value: m[0].replace(".", ",") }]);
  for (const m of rest.matchAll(ROLE_WORDS)) claims.push({ kind: "role", text: m[0], value: m[0].toLowerCase() });
  // Proper names: capitalised words not opening a sentence, and abbreviations (two or more capitals) anywhere.
  const nameRe = /(^|[.!?:;]\s+|\n\s*|[("“”'«]\s*|\s)([A-ZÅÄÖÉÜ][\p{L}_]*(?:[-:][\p{L}]+)*)/gu;
  let m: RegExpExecArray | null;
  while ((m = nameRe.exec(rest)) !== null) {
    const before = m[1]!;
    const word = m[2]!.replace(/:s$/, "");
    // A value of the model's vocabulary (ENDORSED, SENT_ON_REFERRAL) names a type, not an entity.
    if (/^[A-Z]+(_[A-Z]+)+$|^[A-Z]{5,}$/.test(word) && VOCABULARY.has(word)) {
      nameRe.lastIndex = m.index + m[0].length;
      continue;
    }
    const capitals = (word.match(/[A-ZÅÄÖÉÜ]/g) ?? []).length;
    const opensSentence = m.index === 0 || /[.!?:;\n]/.test(before) || /^[("“”'«]/.test(before) && m.index === 0;
    if (capitals >= 2 || (!opensSentence && !NOT_NAMES.has(word) && word.length > 1)) claims.push({ kind: "name", text: word, value: word });
    nameRe.lastIndex = m.index + m[0].length;
  }
  return claims;
}

/** Everything the supporting quotes state: numbers, dates and the texts themselves. */
export class Support {
  private readonly numbers = new Set<string>();
  private readonly dates = new Set<string>();
  private readonly monthDays = new Set<string>();
  private readonly texts: string[] = [];

  constructor(texts: string[], years: number[] = []) {
    for (const y of years) this.numbers.add(String(y));
    for (const t of texts) this.add(t);
  }

  add(text: string): void {
    this.texts.push(text);
    for (const n of text.match(/\d+(?:[,.]\d+)?/g) ?? []) this.numbers.add(n.replace(".", ","));
    for (const n of text.match(/\d+/g) ?? []) this.numbers.add(String(Number(n)));
    for (const w of words(text).split(" ")) if (NUMBER_WORDS[w]) this.numbers.add(NUMBER_WORDS[w]);
    for (const [w, n] of Object.entries(NUMBER_WORDS)) if (new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, "iu").test(text)) this.numbers.add(n);
    for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) this.addDate(Number(m[1]), Number(m[2]), Number(m[3]));
    for (const m of text.matchAll(/\b(\d{4})-(\d{2})\b/g)) this.addDate(Number(m[1]), Number(m[2]));
    for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2}) ${MONTH_PATTERN}(?: (\\d{4}))?`, "gi"))) {
      const month = monthNumber(m[2]!);
      if (m[3]) this.addDate(Number(m[3]), month, Number(m[1]));
      this.monthDays.add(`${pad(month)}-${pad(Number(m[1]))}`);
    }
    for (const m of text.matchAll(new RegExp(`\\b${MONTH_PATTERN},? (\\d{4})`, "gi"))) this.addDate(Number(m[2]), monthNumber(m[1]!));
    // "3/10" is day/month in Swedish notes.
    for (const m of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\b/g)) this.monthDays.add(`${pad(Number(m[2]))}-${pad(Number(m[1]))}`);
  }

  private addDate(year: number, month: number, day?: number): void {
    this.numbers.add(String(year));
    this.dates.add(`${year}-${pad(month)}`);
    if (day) {
      this.dates.add(`${year}-${pad(month)}-${pad(day)}`);
      this.monthDays.add(`${pad(month)}-${pad(day)}`);
    }
  }

  supports(claim: Claim): boolean {
    switch (claim.kind) {
      case "date": {
        if (this.dates.has(claim.value)) return true;
        const [y, mo, d] = claim.value.split("-");
        return this.numbers.has(y!) && this.monthDays.has(`${mo}-${d}`);
      }
      case "month": {
        if (this.dates.has(claim.value)) return true;
        // A month of a year the quotes name, written out ("juni") next to it.
        const [y, mo] = claim.value.split("-");
        return this.numbers.has(y!) && this.texts.some((t) => new RegExp(`\\b${MONTHS[Number(mo) - 1]}\\b`, "i").test(t));
      }
      case "year":
      case "number":
        return this.numbers.has(claim.value) || this.numbers.has(String(Number(claim.value.replace(",", "."))));
      case "name":
        return this.hasName(claim.value);
      case "role":
        // "vice ordförande" supports "ordförande"; a compound ("förbundsdirektör") supports its head.
        // Inflections share a stem: "adjungeras" supports "adjungerad".
        return this.texts.some((t) => words(t).includes(words(claim.value).slice(0, 8)));
    }
  }

  /** A name matches as written, without a Swedish inflection (VGR:s, LMR:en, Utvecklingsplanen), or its first part (SRO-möte). */
  hasName(name: string): boolean {
    const base = name.replace(/:\p{L}+$/u, "");
    const variants = [base, ...["s", "en", "et", "n", "ns", "ens", "ets"].filter((e) => base.endsWith(e)).map((e) => base.slice(0, -e.length))];
    if (base.includes("-")) variants.push(base.split("-")[0]!);
    // A genitive written without the colon ("VGRs bedömning") also names it.
    return variants.some((v) => v.length > 1 && this.texts.some((t) => occursIn(v, t) || occursIn(`${v}s`, t) || startsAWordIn(v, t)));
  }
}
