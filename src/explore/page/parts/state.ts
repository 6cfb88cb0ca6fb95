/** A document's state on a date, in Swedish: the state, how sure, since and until when, and why. */
import type { ExploreStateSummaryFragment } from "../../../generated/graphql.js";
import { ENUM_SV } from "../../../labels/sv.js";
import { h } from "../dom.js";
import { dateText } from "./dates.js";

export function stateBadge(s: ExploreStateSummaryFragment): HTMLElement {
  const span = [s.since ? `från ${dateText(s.since.date, s.since.precision)}` : "", s.until ? `till ${dateText(s.until.date, s.until.precision)}` : ""].filter(Boolean).join(" ");
  return h(
    "span",
    { class: `state state-${s.state.toLowerCase()} certainty-${s.certainty.toLowerCase()}`, "data-state": s.state, "data-certainty": s.certainty, title: s.explanation },
    ENUM_SV.DocumentState[s.state],
    s.certainty === "INFERRED" ? " (slutsats)" : "",
    span ? h("span", { class: "muted" }, ` ${span}`) : "",
  );
}

export const stateExplanation = (s: ExploreStateSummaryFragment): HTMLElement => h("p", { class: "explanation" }, s.explanation);
