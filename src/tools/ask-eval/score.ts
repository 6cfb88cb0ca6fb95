/**
 * Scores one reading against its fixture: right when the outcome, the question, the main entity
 * and the dates are all as expected. A silent wrong pick is an answer where none or another was
 * expected: the thing the reader must never do.
 */
import type { EvalQuestion } from "./fixtures.js";

export interface Read {
  outcome: "ANSWERED" | "AMBIGUOUS" | "UNREADABLE";
  kind: string | null;
  entity: string | null;
  asOf: string | null;
  from: string | null;
  to: string | null;
}

export interface Scored {
  right: boolean;
  /** Answered, but not as expected. */
  silentWrong: boolean;
  why: string;
}

export function score(q: EvalQuestion, read: Read): Scored {
  const answered = read.outcome === "ANSWERED";
  if (q.expected === "UNANSWERED" || q.expected === "AMBIGUOUS" || q.expected === "UNREADABLE") {
    const right = q.expected === "UNANSWERED" ? !answered : read.outcome === q.expected;
    return { right, silentWrong: answered, why: right ? "" : `${read.outcome} ${read.kind ?? ""} ${read.entity ?? ""}` };
  }
  const wrong: string[] = [];
  if (!answered) wrong.push(read.outcome);
  else {
    if (read.kind !== q.expected) wrong.push(`kind ${read.kind}`);
    if (q.entity && read.entity !== q.entity) wrong.push(`entity ${read.entity}`);
    if (q.dates && "asOf" in q.dates && read.asOf !== q.dates.asOf) wrong.push(`asOf ${read.asOf}`);
    if (q.dates && "from" in q.dates && (read.from !== q.dates.from || read.to !== q.dates.to)) wrong.push(`period ${read.from}..${read.to}`);
  }
  return { right: wrong.length === 0, silentWrong: answered && wrong.length > 0, why: wrong.join(", ") };
}
