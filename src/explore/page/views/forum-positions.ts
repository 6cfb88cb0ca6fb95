/**
 * A forum's positions in a period (from the URL: `?fran=…&till=…`), grouped by type of position
 * in the vocabulary's order, each with its wording, date, meeting, what it concerns and its sources.
 */
import type { ExploreForumPositionsQuery, ExploreForumPositionsQueryVariables } from "../../../generated/graphql.js";
import { ENUM_SV } from "../../../labels/sv.js";
import { entityUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import { sentence } from "../text.js";
import { timeElement } from "../parts/dates.js";
import { viewTop } from "../parts/heading.js";
import { periodForm, periodText } from "../parts/period-form.js";
import { sourceDetails } from "../parts/sources.js";
import type { RenderView } from "../view-context.js";
import text from "./forum-positions.graphql";

const FORUM_POSITIONS = operation<ExploreForumPositionsQuery, ExploreForumPositionsQueryVariables>(text);
type Position = ExploreForumPositionsQuery["forumPositions"]["groups"][number]["positions"][number];

function positionItem(p: Position): HTMLElement {
  return h(
    "li",
    { "data-position": p.position.id, "data-date": p.date ?? "" },
    timeElement(p.date, p.precision),
    " ",
    h("a", { href: entityUrl(p.position.id) }, h("q", {}, p.wording)),
    p.meeting ? h("span", { class: "muted" }, " — ", h("a", { href: entityUrl(p.meeting.id) }, p.meeting.name)) : "",
    p.concerns.length ? h("span", { class: "muted" }, " · gäller ", ...p.concerns.flatMap((c, k) => [k ? ", " : "", h("a", { href: entityUrl(c.id) }, c.name)])) : "",
    p.inferred ? h("span", { class: "inferred" }, ` (slutsats: ${p.link.because ?? "ej angivet"})`) : "",
    sourceDetails(p.sources),
  );
}

export const render: RenderView<"forum-positions"> = async (main, { subject, view, params, asOf }) => {
  const answer = (await gql(FORUM_POSITIONS, { id: subject, from: params.from, to: params.to, asOf })).forumPositions;
  main.replaceChildren(
    ...viewTop(answer.forum, view),
    periodForm(params),
    h("p", { class: "lead" }, `${answer.total} ställningstaganden, ${periodText(params)}, kända per ${answer.asOf}`),
    ...answer.groups.map((g) =>
      h("section", { class: "position-group", "data-position-type": g.positionType }, h("h2", {}, `${sentence(ENUM_SV.PositionType[g.positionType])} (${g.count})`), h("ol", { class: "positions" }, g.positions.map(positionItem))),
    ),
  );
};
