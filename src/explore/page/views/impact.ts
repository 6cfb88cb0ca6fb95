/** Impact: what is hit if an agreement ends, grouped by how hard, "ends with it" first. */
import type { ExploreImpactedItemFragment, ExploreImpactQuery, ExploreImpactQueryVariables, ImpactEffect } from "../../../generated/graphql.js";
import { ENUM_SV, statusSv, typeSv } from "../../../labels/sv.js";
import { entityUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import { sentence } from "../text.js";
import { viewTop } from "../parts/heading.js";
import { stateBadge, stateExplanation } from "../parts/state.js";
import { stepList } from "../parts/steps.js";
import type { RenderView } from "../view-context.js";
import text from "./impact.graphql";

const IMPACT = operation<ExploreImpactQuery, ExploreImpactQueryVariables>(text);

/** Hardest hit first: what ends with the agreement, then what loses its footing, then what only refers to it. */
const EFFECT_RANK: Record<ImpactEffect, number> = {
  TERM_ENDS_WITH_IT: 0,
  PART_AFFECTED: 1,
  LOSES_BASIS: 2,
  SUCCESSOR: 3,
  WORK_ON_AFFECTED_DOCUMENT: 4,
  FUNDS_AFFECTED_WORK: 5,
  GOVERNS_AFFECTED_WORK: 6,
  REFERENCE_AFFECTED: 7,
  TOOK_POSITION: 8,
  CONCERNED: 9,
};

function group(effect: ImpactEffect, items: ExploreImpactedItemFragment[]): HTMLElement {
  return h(
    "section",
    { class: "impact-group" },
    h("h2", {}, `${sentence(ENUM_SV.ImpactEffect[effect])} (${items.length})`),
    h(
      "ul",
      {},
      items.map((i) => h("li", {}, h("a", { href: entityUrl(i.entity.id) }, i.entity.name), h("span", { class: "muted" }, ` ${typeSv(i.entity.type)}, ${i.depth} steg`), h("details", {}, h("summary", {}, "Kedjan"), stepList(i.path)))),
    ),
  );
}

export const render: RenderView<"impact"> = async (main, { subject, view, asOf }) => {
  const x = (await gql(IMPACT, { id: subject, asOf })).impact;
  const all = [...x.documents, ...x.projects, ...x.forums, ...x.funds];
  const effects = [...new Set(all.map((i) => i.effect))].sort((a, b) => EFFECT_RANK[a] - EFFECT_RANK[b]);
  const terms = [statusSv("GoverningDocument", x.terms.status), x.terms.validityText, x.terms.renewalTerms && `Förlängning: ${x.terms.renewalTerms}`, x.terms.noticeTerms && `Uppsägning: ${x.terms.noticeTerms}`];
  main.replaceChildren(
    ...viewTop(x.agreement, view),
    h("p", {}, terms.filter(Boolean).join(" · ")),
    h("p", {}, `Per ${x.asOf}: `, stateBadge(x.state)),
    stateExplanation(x.state),
    h("p", {}, `Vid uppsägning: ${x.ending.explanation}`),
    h("p", { class: "lead" }, `${all.length} berörda${x.truncated ? " (fler finns)" : ""}`),
    ...effects.map((effect) =>
      group(
        effect,
        all.filter((i) => i.effect === effect).sort((a, b) => a.depth - b.depth),
      ),
    ),
  );
};
