/**
 * The search box takes a question as well as a name: the results page asks the API's reader what
 * the text reads as. A sure reading of another question than the search links to that question's
 * view ("Tolkar som: …"); an unsure one asks back ("Menar du …?") with a link per reading; a text
 * that is no question shows the search hits alone.
 */
import type { ExploreAskReadingQuery, ExploreAskReadingQueryVariables } from "../../../generated/graphql.js";
import type { QuestionView } from "../../../questions/definition.js";
import { QUESTIONS } from "../../../questions/registry.js";
import { viewUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import text from "./ask-reading.graphql";

type Asked = ExploreAskReadingQuery["ask"];
type Reading = Pick<Asked["interpretation"]["alternatives"][number], "kind" | "reading" | "variables" | "from" | "to" | "asOf" | "entities">;

const ASK = operation<ExploreAskReadingQuery, ExploreAskReadingQueryVariables>(text);

/** What the reader makes of the text (null for a text without a letter, which it cannot read). */
export async function askReading(question: string): Promise<Asked | null> {
  if (!/\p{L}/u.test(question)) return null;
  return (await gql(ASK, { question: question.slice(0, 200) })).ask;
}

/** The page of a reading: its question's view whose fixed variables it has, about its entity (none for a question without one), with its dates. */
function readingUrl(r: Reading): string | null {
  const question = QUESTIONS.find((q) => q.name === r.kind);
  if (!question || question.subject.argument === "text") return null;
  const id = r.entities[0]?.id;
  if (question.subject.argument !== "none" && !id) return null;
  const variables = JSON.parse(r.variables) as Record<string, unknown>;
  const views = question.views as readonly QuestionView[];
  const view = views.find((v) => Object.entries(v.fixed ?? {}).every(([k, value]) => variables[k] === value)) ?? views[0]!;
  return viewUrl(view, id, { from: r.from ?? undefined, to: r.to ?? undefined, asOf: r.asOf ?? undefined });
}

const linked = (r: Reading) => {
  const url = readingUrl(r);
  return url ? h("a", { href: url }, r.reading) : h("span", {}, r.reading);
};

/** The reading above the search hits, or nothing when the text reads as a search or not at all. */
export function readingBlock(asked: Asked | null): HTMLElement | string {
  if (!asked) return "";
  const chosen = asked.interpretation;
  if (asked.outcome === "ANSWERED" && chosen.kind && chosen.kind !== "search" && chosen.reading && chosen.variables) {
    return h("p", { class: "ask-reading", "data-outcome": "ANSWERED" }, "Tolkar som: ", linked({ ...chosen, kind: chosen.kind, reading: chosen.reading, variables: chosen.variables }));
  }
  if (asked.outcome === "AMBIGUOUS") {
    return h(
      "div",
      { class: "ask-back", "data-outcome": "AMBIGUOUS" },
      h("p", {}, asked.message),
      h("ul", {}, chosen.alternatives.map((a) => h("li", { "data-id": a.entities[0]?.id ?? "" }, linked(a)))),
    );
  }
  return "";
}
