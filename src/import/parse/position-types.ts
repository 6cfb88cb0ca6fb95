/**
 * The type of a ställningstagande from its wording. Order matters: the most specific phrasing
 * wins ("ställer sig bakom att ... sänds på remiss" is a referral, not a plain endorsement).
 */
import type { z } from "zod";
import type { PositionType as PositionTypeEnum } from "../../model/vocabulary.js";

export type PositionType = z.infer<typeof PositionTypeEnum>;

const RULES: [RegExp, PositionType][] = [
  [/inget ställningstagande|ingen ställning/i, "NO_POSITION"],
  [/återremitter|återremiss/i, "NO_POSITION"],
  [/(agenda|dagordning)\w* godkänns|mötesanteckning\w* godkänns|inga synpunkter på föregående/i, "APPROVED_AGENDA_OR_MINUTES"],
  [/rekommenderar (respektive |alla )?huvudm[aä]n\w*|föreslå\w* (regionfullmäktige|kommunfullmäktige|fullmäktige) att/i, "RECOMMENDED_HUVUDMAN_DECISION"],
  [/överlämnar .* till huvudmännen/i, "REFERRED_TO_HUVUDMAN"],
  [/(sänds?|skickas?|skicka ut|sända ut) (\S+ )*på remiss|remitteras/i, "SENT_ON_REFERRAL"],
  [/\bger .* i uppdrag|\buppdrar (åt|till)?/i, "ASSIGNED_TASK"],
  [/förläng(?:ning|er|s|des|de|t|da|d)\b/i, "EXTENDED"],
  // "ställde sig den 24 februari 2022 bakom": a date or a name may stand between "sig" and "bakom".
  [/ställ(er|de|t|a) sig (?:\S+ ){0,8}?bakom|godkän(ner|de)|beslutar att|tillstyrker/i, "ENDORSED"],
  [/noterar (informationen|lägesrapporten|rapporten|återrapporteringen)|noterar\b/i, "NOTED_INFORMATION"],
];

/** Returns undefined when no known phrasing occurs (the caller lists the passage as unread). */
export function positionTypeOf(wording: string): PositionType | undefined {
  return RULES.find(([re]) => re.test(wording))?.[1];
}

/** True when the wording sends the matter back (återremiss): recorded as NO_POSITION with a note. */
export function isReturned(wording: string): boolean {
  return /återremitter|återremiss/i.test(wording);
}
