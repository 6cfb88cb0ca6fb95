/**
 * Amounts of money in Swedish text: "70 miljoner", "de 70 miljonerna", "70 mnkr", "1,5 miljarder",
 * "49 MSEK", "49 000 000 kr", "en miljon kronor". A number without a unit of money ("48 av 49
 * kommuner") is no amount. Also the forms an amount is indexed under, so that the search finds a
 * fund by any of them.
 */
import { fold } from "./text.js";

export interface AmountPhrase {
  start: number;
  end: number;
  text: string;
  /** In kronor. */
  sek: number;
}

const NUMBER_WORDS: Record<string, number> = {
  en: 1, ett: 1, tva: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, atta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, femton: 15, tjugo: 20,
  trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, attio: 80, nittio: 90, hundra: 100,
};

/** Units by their folded form (a regex alternative) and what they multiply by, longest first. */
const UNITS: [string, number][] = [
  ["miljard(?:er(?:na)?)?(?:\\s+kronor)?", 1e9],
  ["mdkr|mdr", 1e9],
  ["miljon(?:er(?:na)?)?(?:\\s+kronor)?", 1e6],
  ["milj\\.?(?:\\s+kr(?:onor)?)?", 1e6],
  ["mnkr|mkr|msek|mn", 1e6],
  ["tusen(?:\\s+kronor)?|tkr", 1e3],
  ["kronor|kr\\.?|sek", 1],
];

const NUMBER = `(\\d{1,3}(?:[ \\u00a0]\\d{3})+|\\d+)(?:,(\\d+))?`;
const WORD_NUMBER = `(${Object.keys(NUMBER_WORDS).join("|")})`;
const UNIT = UNITS.map(([u]) => `(${u})`).join("|");
const PATTERN = new RegExp(`(?<![\\d,.])(?:${NUMBER}|\\b${WORD_NUMBER})\\s*(?:${UNIT})(?![\\p{L}\\d])`, "gu");

/** Every amount of money in the text, in order. */
export function readAmounts(text: string): AmountPhrase[] {
  const folded = fold(text);
  const found: AmountPhrase[] = [];
  for (const m of folded.matchAll(PATTERN)) {
    const unitIndex = UNITS.findIndex((_, i) => m[4 + i] !== undefined);
    if (unitIndex < 0) continue;
    // A bare unit after a number word needs the word to be a number in this sense: "ett kr" is none.
    if (m[3] && UNITS[unitIndex]![1] < 1e3) continue;
    const whole = m[1] ? Number(m[1].replace(/[ \u00a0]/g, "")) : NUMBER_WORDS[m[3]!]!;
    const fraction = m[2] ? Number(`0.${m[2]}`) : 0;
    const sek = Math.round((whole + fraction) * UNITS[unitIndex]![1]);
    // "de 70 miljonerna": the article belongs to the phrase.
    const article = /\b(?:de|dom|den|det)\s+$/.exec(folded.slice(Math.max(0, m.index - 5), m.index));
    const start = article ? m.index - article[0].length : m.index;
    const end = m.index + m[0].length;
    found.push({ start, end, text: text.slice(start, end), sek });
  }
  return found;
}

/** The token an amount is indexed and searched under: "sek70000000". */
export const amountToken = (sek: number): string => `sek${Math.round(sek)}`;

/** An amount as people write it: "70 miljoner", "1,5 miljarder", "250 000 kr". */
export function amountSv(sek: number): string {
  const say = (n: number) => String(Math.round(n * 100) / 100).replace(".", ",");
  if (sek >= 1e9 && sek % 1e7 === 0) return `${say(sek / 1e9)} ${sek === 1e9 ? "miljard" : "miljarder"}`;
  if (sek >= 1e6 && sek % 1e4 === 0) return `${say(sek / 1e6)} ${sek === 1e6 ? "miljon" : "miljoner"}`;
  return `${sek.toLocaleString("sv-SE")} kr`;
}

/** The words an amount is indexed under: its token and how people write it ("70 miljoner 70 mnkr"). */
export function amountForms(sek: number): string {
  const forms = [amountToken(sek), amountSv(sek)];
  if (sek >= 1e6 && sek < 1e9 && sek % 1e4 === 0) forms.push(`${String(sek / 1e6).replace(".", ",")} mnkr`);
  return forms.join(" ");
}
