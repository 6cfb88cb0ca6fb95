/**
 * When an agreement would end if a party gave notice on a date, under its own terms: the notice
 * period (months) and the renewal period (months) a term is extended by. A term ends at the last
 * stated end of validity plus whole renewal periods; notice must reach the other parties at least
 * the notice period before a term's end. Where the documents give no term end to count from, the
 * answer says so instead of guessing one.
 */
import { addDays, addMonths, dateWords, lastDay, partial, type PartialDate } from "./calendar.js";
import type { DocumentFacts } from "./document-facts.js";

export interface EndingUnderTerms {
  /** The earliest day the agreement would end (its last day in force), when the terms give one. */
  earliestEnd: PartialDate | null;
  /** One Swedish sentence. */
  explanation: string;
}

/** The last day of the first term that ends on or after `notBefore`, counting terms from `termEnd`. */
function firstTermEndFrom(termEnd: string, renewalMonths: number, notBefore: string): string {
  let end = termEnd;
  for (let k = 1; end < notBefore; k++) end = addDays(addMonths(addDays(termEnd, 1), k * renewalMonths), -1);
  return end;
}

export function endingUnderTerms(f: DocumentFacts, date: string): EndingUnderTerms {
  const notice = f.noticePeriodMonths;
  const renewal = f.renewalPeriodMonths;
  const stated = f.extendedUntil ?? f.validTo;
  const noticeEnd = notice !== null ? addDays(addMonths(date, notice), -1) : null;
  if (!notice && !renewal) {
    return {
      earliestEnd: stated,
      explanation: stated ? `Avtalet gäller enligt källorna till och med ${dateWords(stated)}; någon förlängnings- eller uppsägningsklausul anges inte.` : "Källorna anger varken slutdatum, förlängning eller uppsägningstid.",
    };
  }
  if (renewal && stated) {
    const end = firstTermEndFrom(lastDay(stated), renewal, noticeEnd ?? date);
    return {
      earliestEnd: partial(end),
      explanation: `Sägs avtalet upp ${date} upphör det tidigast ${end}: ${notice ? `${notice} månaders uppsägningstid, ` : ""}och det förlängs med ${renewal} månader i taget räknat från ${dateWords(stated)}.`,
    };
  }
  if (noticeEnd) {
    return {
      earliestEnd: null,
      explanation: `Sägs avtalet upp ${date} gäller det minst till och med ${noticeEnd} (${notice} månaders uppsägningstid)${renewal ? ` och upphör vid utgången av den ${renewal}-månadersperiod som då löper; när perioderna börjar anger källorna inte` : ""}.`,
    };
  }
  return { earliestEnd: null, explanation: `Avtalet förlängs med ${renewal} månader i taget; när perioderna börjar och vilken uppsägningstid som gäller anger källorna inte.` };
}
