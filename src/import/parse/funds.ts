/**
 * Funds a page describes, sentence by sentence, in the phrasings these pages use in either word
 * order: a fund with an amount ("Statsbidrag för X (49 miljoner)"), a grant received since a
 * year ("... har fått del av statsbidragen för suicidprevention sedan 2020", "Sedan 2020 har ...
 * fått del av statsbidragen för ..."), its pots ("Medel suicidprevention fördelas i tre potter;
 * A, B och C", "Medlen för suicidprevention delas upp i tre potter; ..."), who decides ("Beslut om
 * inriktning och fördelning fattas av VVG ... och ... SRO", "VVG ... och ... SRO fattar beslut om
 * inriktning och fördelning") and an amount to distribute ("fördela 185 miljoner kronor i
 * riktade statsbidrag till vården"). Hand-written: the fixed vocabulary of grants.
 */
import { findAmounts } from "./amounts.js";
import { passageOf, sentencesOf, type Line } from "./lines.js";
import type { Passage } from "./parsed-document.js";

export interface FoundFund {
  name: string;
  kind: "STATE_GRANT" | "JOINT_COUNTY_FUNDS" | "OTHER";
  passage: Passage;
  amountSek?: number;
  /** A year the fund is given from ("sedan 2020"). */
  since?: number;
  /** Recipient as written ("Skaraborgs Kommunalförbund har fått del av ..."). */
  recipient?: string;
  /** Pots the fund is divided into. */
  pots?: { names: string[]; passage: Passage };
  /** Bodies that decide its direction and distribution, as written ("VVG", "SRO"). */
  deciders?: { names: string[]; passage: Passage };
  /** "fördela 185 miljoner kronor i riktade statsbidrag ...": an amount to distribute, proposed or decided. */
  distribution?: { amountSek: number; text: string; proposed: boolean; passage: Passage };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "statsbidragen för suicidprevention" → "Statsbidrag för suicidprevention". */
const fundName = (kind: string, subject: string) => capital(`${kind.toLowerCase().replace(/^(statsbidrag|stimulansmed|medel)\p{L}*$/u, (_, k: string) => (k === "stimulansmed" ? "stimulansmedel" : k))} för ${subject.trim()}`).replace(/\s+/g, " ");
const FUND_RE = /(?<![\p{L}])(statsbidrag\p{L}*|stimulansmedl\p{L}*|stimulansmedel)\s+för\s+([\p{L}-]+(?:\s+(?!sedan|under|från|och|som|till|i|år|åren)[\p{L}-]+){0,3})/iu;

export function readFunds(lines: Line[]): FoundFund[] {
  const out: FoundFund[] = [];
  /** The fund a sentence is about: by its subject word ("suicidprevention"). */
  const about = (text: string) => out.find((f) => text.toLowerCase().includes(f.name.toLowerCase().replace(/^.*? för /, "").split(/\s+/)[0]!)) ?? (out.length === 1 ? out[0] : undefined);
  for (const l of lines) {
    // "Statsbidrag för ... (49 miljoner)"
    const paren = /^(?:\d+\.\s*)?\W*((?:Statsbidrag|Stimulansmedel|Medel)\b[^(]*?)\s*\(\s*([^)]*)\)/i.exec(l.clean);
    const parenAmount = paren ? findAmounts(paren[2]!).find((a) => a.unit === "SEK") : undefined;
    if (paren && parenAmount) {
      out.push({ name: paren[1]!.trim(), kind: /statsbidrag/i.test(paren[1]!) ? "STATE_GRANT" : "OTHER", passage: passageOf(l), amountSek: parenAmount.value });
      continue;
    }
    for (const s of sentencesOf(l.clean)) {
      const fund = FUND_RE.exec(s.text);
      const since = /\bsedan\s+((?:19|20)\d{2})\b/i.exec(s.text);
      // "Skaraborgs Kommunalförbund har fått", "Sedan 2020 har Fyrbodals kommunalförbund fått".
      const received = /\bhar\s+(\p{Lu}[\p{L}]*(?:\s+[\p{L}]+){0,3}?)\s+(?:fått|tagit emot|erhållit)\b|(?:^|\s)(\p{Lu}[\p{L}]*(?:\s+[\p{L}]+){0,3}?)\s+(?:har\s+)?(?:fått|får|tagit emot|erhållit)\b/u.exec(s.text);
      if (fund && since && received) {
        const name = fundName(fund[1]!, fund[2]!);
        if (!out.some((f) => f.name.toLowerCase() === name.toLowerCase())) out.push({ name, kind: /statsbidrag/i.test(fund[1]!) ? "STATE_GRANT" : "OTHER", passage: passageOf(l, s.text), since: Number(since[1]), recipient: (received[1] ?? received[2])!.trim() });
        continue;
      }
      const pots = /(?:fördelas|delas upp|delas)\s+i\s+(?:\p{L}+\s+)?potter\s*[;:]\s*(.+?)\.?$/iu.exec(s.text);
      if (pots) {
        const target = about(s.text.slice(0, pots.index));
        if (target) target.pots = { names: pots[1]!.split(/\s*,\s*|\s+och\s+/).map((p) => p.trim()).filter(Boolean), passage: passageOf(l, s.text) };
        continue;
      }
      const deciders = /beslut om (?:inriktning och )?fördelning fattas av (.+?)\.?$/i.exec(s.text) ?? /^(.+?)\s+fattar beslut om (?:inriktning och )?fördelning/i.exec(s.text);
      if (deciders && out.length === 1) {
        const names = [...deciders[1]!.matchAll(/\b(SRO|VVG)\b/g)].map((m) => m[1]!);
        if (names.length) out[0]!.deciders = { names: [...new Set(names)], passage: passageOf(l, s.text) };
        continue;
      }
      const distribute = /\bfördela\s+(\d[\d\s,]*\s*(?:miljoner|miljarder|mnkr|mkr|tkr|kronor)(?:\s+kronor)?)\s+i\s+((?:riktade\s+)?statsbidrag(?:en)?(?:\s+(?:till|för)\s+[\p{L} -]+?)?)(?=[.,;]|\s+och\s|$)/iu.exec(s.text);
      const amount = distribute ? findAmounts(distribute[1]!)[0] : undefined;
      if (distribute && amount) {
        out.push({ name: capital(distribute[2]!.trim()), kind: "STATE_GRANT", passage: passageOf(l, s.text), distribution: { amountSek: amount.value, text: distribute[0], proposed: /föreslå|föreslår|föreslås/i.test(s.text), passage: passageOf(l, s.text) } });
      }
    }
  }
  return out;
}
