/**
 * The state on the page's date of an entity whose state changes with time (a governing document,
 * a meeting, a fund), derived by the API from its dated facts, never the status its source
 * recorded on its own day: "per 2026-12-07: upphört". Read with one small request; until it
 * answers, nothing is said about the state rather than the recorded one.
 */
import type { ExploreStateOnQuery, ExploreStateOnQueryVariables } from "../../../generated/graphql.js";
import { enumSv } from "../../../labels/sv.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import text from "./state-on.graphql";

const STATE_ON = operation<ExploreStateOnQuery, ExploreStateOnQueryVariables>(text);

/** The types whose state is derived for a date (their stored status is what the source said on its day). */
export const DATED_TYPES: ReadonlySet<string> = new Set(["GoverningDocument", "Meeting", "Fund"]);

type Derived = { date: string; state: string; certainty?: string; explanation: string };

function derivedOf(entity: ExploreStateOnQuery["entity"]): { derived: Derived; labels: Parameters<typeof enumSv>[0] } | undefined {
  if (entity?.__typename === "GoverningDocument") return { derived: entity.documentState, labels: "DocumentState" };
  if (entity?.__typename === "Meeting") return { derived: entity.meetingState, labels: "MeetingState" };
  if (entity?.__typename === "Fund") return { derived: entity.fundState, labels: "FundState" };
  return undefined;
}

/** A span filled with the derived state once the API answers (empty if it cannot). */
export function stateOnText(id: string, asOf: string | undefined): HTMLElement {
  const span = h("span", { class: "state-on" });
  void gql(STATE_ON, { id, date: asOf })
    .then(({ entity }) => {
      const found = derivedOf(entity);
      if (!found) return;
      const { derived, labels } = found;
      const certainty = derived.certainty && derived.certainty !== "STATED" ? ` (${enumSv("Certainty", derived.certainty)})` : "";
      span.dataset.state = derived.state;
      span.dataset.date = derived.date;
      span.title = derived.explanation;
      span.append(` · per ${derived.date}: ${enumSv(labels, derived.state)}${certainty}`);
    })
    .catch(() => undefined);
  return span;
}
