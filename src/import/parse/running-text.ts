/**
 * Decisions and positions written in running text, sentence by sentence: "VVG 25 januari
 * godkände ...", "Förslag 7 och 8 godkändes.", "Den 24 februari 2022 ställde sig det Politiska
 * samrådsorganet (SRO) bakom ...", "... godkändes av det politiska samrådsorganet, SRO, den 25
 * november 2016". Each gets the forum that takes it (named before or after the verb, or after
 * "av"; otherwise the document's own meeting forum) and the date of its own sentence, the one
 * nearest the verb: a start date elsewhere on the line ("börja gälla 1 januari 2023") is not the
 * date of the decision. Conditions ("om avtalet godkänns"), plans ("ska", "kommer att") and
 * standing mandates without a date ("Samrådsgruppen tar inriktningsbeslut") are not decisions.
 */
import { findDates } from "./dates.js";
import { passageOf, sentencesOf, type Line } from "./lines.js";
import { forumOf, QUALIFIER_BEFORE_RE } from "./meeting-head.js";
import type { YearContext } from "./page-date.js";
import type { FoundPosition } from "./parsed-document.js";
import { positionTypeOf } from "./position-types.js";

export interface FoundDecision extends FoundPosition {
  /** The forum as written ("SRO", "VVG", "Regionfullmäktige"). */
  by: string;
  /** YYYY-MM-DD or, when only a month is given, YYYY-MM. */
  date?: string;
  month?: string;
  /** The year of the date came from the page's own date: why. */
  because?: string;
}

const VERB_RE =
  /\b(?:ställ(?:er|de|t)\s+sig\s+(?:\S+\s+){0,8}?bakom|godkän(?:ner|de|des|ts|des)|godkändes|beslutade|beslutar\s+att|fattade\s+beslut|rekommenderar|rekommenderade|förläng(?:s|des|de|t)|(?:ger|gav)\s+.{1,60}?\si\s+uppdrag|noterade|tillstyrkte|antog|fastställde)\b/i;
/** Bodies that are not forums: a decision of theirs is not a forum's position. */
const OTHER_ACTOR_RE = /\b(?:regionstyrelsen|kommunstyrelsen|kommunfullmäktige|kommunerna|kommuner|huvudmännen|nämnden|styrgruppen|styrelsen|regeringen|direktionen)\b/i;

/** A condition, a plan or a proposal: no decision has been taken. */
const NOT_TAKEN_RE = /^(?:om|när|förutsatt att|innan)\b|\b(?:ska|skall|kommer att|planeras|föreslås|väntas|bör)\s+\S*\s*(?:godkänn|beslut|ställ|förläng|behandla)/i;
const PAST_RE = /\b(?:ställde|godkände|godkändes|beslutade|fattade|rekommenderade|förlängdes|förlängde|gav|noterade|tillstyrkte|antog|fastställde)\b/i;

/** The forum a decision names, nearest the verb: before it, after it (inverted order), or after "av". */
function actorOf(sentence: string, verbAt: number, verbEnd: number): string | undefined {
  const candidates: { name: string; at: number }[] = [];
  const re = /\bSRO\b|\bVVG\b|(?:det\s+)?politisk[at]?\s+samrådsorgan(?:et)?|Vårdsamverkan Västra Götaland|Regionfullmäktige/gi;
  for (const m of sentence.matchAll(re)) {
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    // "föreslå regionfullmäktige att ...", "till SRO": the forum is the object, not the one who decides.
    if (QUALIFIER_BEFORE_RE.test(before) || /(?:föreslå\w*|rekommendera\w*|till|hos|för|inför)\s+$/i.test(before)) continue;
    const name = forumOf(m[0]);
    if (name) candidates.push({ name, at: m.index < verbAt ? verbAt - m.index : m.index - verbEnd });
  }
  return candidates.sort((a, b) => a.at - b.at)[0]?.name;
}

export function readDecisions(lines: Line[], claimed: Set<number>, years: YearContext | undefined, ownForum: string | undefined, ownDate: string | undefined): FoundDecision[] {
  const out: FoundDecision[] = [];
  for (const l of lines) {
    if (claimed.has(l.n) || l.clean.length < 12 || /^(Ställningstagande|Föredragande|Beslut)\s*:/i.test(l.clean)) continue;
    for (const s of sentencesOf(l.clean)) {
      const verb = VERB_RE.exec(s.text);
      if (!verb || NOT_TAKEN_RE.test(s.text)) continue;
      const type = positionTypeOf(s.text);
      if (!type || type === "APPROVED_AGENDA_OR_MINUTES") continue;
      // Another body decides ("beslutade regionstyrelsen", "kommunerna beslutade"): not a forum's position.
      const around = `${s.text.slice(Math.max(0, verb.index - 30), verb.index)} ${s.text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 30)}`;
      if (OTHER_ACTOR_RE.test(around)) continue;
      const by = actorOf(s.text, verb.index, verb.index + verb[0].length) ?? ownForum;
      if (!by) continue;
      const dates = findDates(s.text, years?.year, years?.latest).filter((d) => d.value && (d.precision === "DAY" || d.precision === "MONTH"));
      const nearest = dates.sort((a, b) => Math.abs(a.index - verb.index) - Math.abs(b.index - verb.index))[0];
      // A standing mandate ("fattar beslut") has no date and is not in the past: not a decision.
      if (!nearest && !PAST_RE.test(s.text) && !ownDate) continue;
      const d: FoundDecision = { wording: s.text, positionType: type, by, passage: passageOf(l, s.text) };
      if (nearest?.precision === "DAY") d.date = nearest.value;
      else if (nearest?.precision === "MONTH") d.month = nearest.value;
      else if (ownDate && by === ownForum) d.date = ownDate;
      if (nearest?.yearFromContext) d.because = years?.because;
      if (!out.some((o) => o.by === d.by && o.wording.replace(/^Beslut:\s*/i, "") === d.wording.replace(/^Beslut:\s*/i, ""))) out.push(d);
    }
  }
  return out;
}
