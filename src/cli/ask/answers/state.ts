/** A document's state on a date as one line of Swedish: the state, how sure, since and until when. */
import { dateSv, enumSv } from "../../../labels/sv.js";

interface State {
  state: string;
  certainty: string;
  since?: { date: string; precision: string } | null;
  until?: { date: string; precision: string } | null;
}

export function stateLine(s: State): string {
  const span = [s.since ? `från ${dateSv(s.since.date, s.since.precision)}` : "", s.until ? `till ${dateSv(s.until.date, s.until.precision)}` : ""].filter(Boolean).join(" ");
  return `${enumSv("DocumentState", s.state)}${s.certainty === "STATED" ? "" : ` [${enumSv("Certainty", s.certainty)}]`}${span ? ` (${span})` : ""}`;
}
