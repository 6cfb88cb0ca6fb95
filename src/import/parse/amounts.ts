/**
 * Amounts of money and shares as Swedish documents write them: "49 miljoner", "70 mnkr",
 * "1,5 miljarder kronor", "300 000 kr", "50 % tjänst". Hand-written: a handful of fixed unit
 * words, which no maintained library covers for Swedish.
 */
export interface FoundAmount {
  text: string;
  /** Kronor for money; percent for shares. */
  value: number;
  unit: "SEK" | "PERCENT";
  /** What the share is of ("tjänst"), when written next to it. */
  of?: string;
  index: number;
}

const MULTIPLIERS: [RegExp, number][] = [
  [/^(miljarder|miljard|mdkr|mdr)$/i, 1e9],
  [/^(miljoner|miljon|mnkr|mkr|mn|milj\.?)$/i, 1e6],
  [/^(tusen|tkr)$/i, 1e3],
  [/^(kronor|kr|sek)$/i, 1],
];

/** "1,5" → 1.5; "300 000" → 300000. */
function numberOf(text: string): number {
  return Number(text.replace(/[\s\u00a0]/g, "").replace(",", "."));
}

export function findAmounts(text: string): FoundAmount[] {
  const out: FoundAmount[] = [];
  const money = /(?<![\d,])(\d{1,3}(?:[\s\u00a0]\d{3})+|\d+(?:,\d+)?)\s*(miljarder|miljard|mdkr|mdr|miljoner|miljon|mnkr|mkr|milj\.?|tusen|tkr|kronor|kr|sek)\b(\s+kronor)?/gi;
  for (const m of text.matchAll(money)) {
    const unit = MULTIPLIERS.find(([re]) => re.test(m[2]!));
    if (!unit) continue;
    out.push({ text: m[0], value: Math.round(numberOf(m[1]!) * unit[1]), unit: "SEK", index: m.index! });
  }
  const share = /(?<![\d,])(\d+(?:,\d+)?)\s*(%|procent)(?:\s+(tjänst|tjänster))?/gi;
  for (const m of text.matchAll(share)) {
    out.push({ text: m[0], value: numberOf(m[1]!), unit: "PERCENT", of: m[3], index: m.index! });
  }
  return out.sort((a, b) => a.index - b.index);
}
