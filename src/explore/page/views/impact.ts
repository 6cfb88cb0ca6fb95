/** Impact: what is hit if an agreement ends, grouped by how hard, "ends with it" first. */
import type { ExploreImpactedItemFragment, ExploreImpactQuery, ExploreImpactQueryVariables, ImpactEffect } from "../../../generated/graphql.js";
import { ENUM_SV, statusSv, typeSv } from "../../../labels/sv.js";
import { byHowHardHit, effectsByHowHard } from "../../../questions/impact/severity.js";
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

function group(effect: ImpactEffect, items: ExploreImpactedItemFragment[]): HTMLElement {
  return h(
    "section",
    { class: "impact-group", "data-effect": effect },
    h("h2", {}, `${sentence(ENUM_SV.ImpactEffect[effect])} (${items.length})`),
    h(
      "ul",
      {},
      items.map((i) => h("li", { "data-id": i.entity.id }, h("a", { href: entityUrl(i.entity.id) }, i.entity.name), h("span", { class: "muted" }, ` ${typeSv(i.entity.type)}, ${i.depth} steg`), h("details", {}, h("summary", {}, "Kedjan"), stepList(i.path)))),
    ),
  );
}

export const render: RenderView<"impact"> = async (main, { subject, view, asOf }) => {
  const x = (await gql(IMPACT, { id: subject, asOf })).impact;
  const all = [...x.documents, ...x.projects, ...x.forums, ...x.funds];
  const effects = effectsByHowHard(all);
  const terms = [statusSv("GoverningDocument", x.terms.status), x.terms.validityText, x.terms.renewalTerms && `Förlängning: ${x.terms.renewalTerms}`, x.terms.noticeTerms && `Uppsägning: ${x.terms.noticeTerms}`];
  main.replaceChildren(
    ...viewTop(x.agreement, view),
    h("p", {}, terms.filter(Boolean).join(" · ")),
    h("p", {}, `Per ${x.asOf}: `, stateBadge(x.state)),
    stateExplanation(x.state),
    h("p", {}, `Vid uppsägning: ${x.ending.explanation}`),
    h("p", { class: "lead" }, `${all.length} berörda${x.truncated ? " (fler finns)" : ""}`),
    ...effects.map((effect) => group(effect, all.filter((i) => i.effect === effect).sort(byHowHardHit))),
  );
};
