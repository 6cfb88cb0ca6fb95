/**
 * An agreement's versions (`/explore/<doc>/versioner?per=…`): which version is in force on the
 * date (or why none is), then each version oldest first with its period, its relation to earlier
 * versions (with the quotes it rests on), its state on the date and its sources.
 */
import type { ExploreAgreementVersionsQuery, ExploreAgreementVersionsQueryVariables } from "../../../generated/graphql.js";
import { ENUM_SV } from "../../../labels/sv.js";
import { entityUrl, viewOf, viewUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import { dateText } from "../parts/dates.js";
import { viewTop } from "../parts/heading.js";
import { lineageRow } from "../parts/lineage-row.js";
import { sourceDetails } from "../parts/sources.js";
import { stateBadge } from "../parts/state.js";
import type { RenderView } from "../view-context.js";
import text from "./agreement-versions.graphql";

const VERSIONS = operation<ExploreAgreementVersionsQuery, ExploreAgreementVersionsQueryVariables>(text);
type Lineage = ExploreAgreementVersionsQuery["agreementLineage"];
type Version = Lineage["versions"][number];
type Day = { date: string; precision: string } | null | undefined;

const when = (d: Day) => (d ? dateText(d.date, d.precision) : null);

function periodText(p: Version["period"]): string {
  const parts = [
    p.validFrom || p.validTo ? `giltig ${when(p.validFrom) ?? "?"}–${when(p.validTo) ?? "?"}` : "",
    p.statusFirstStated ? `status angiven ${when(p.statusFirstStated)}${p.statusLastStated && p.statusLastStated.date !== p.statusFirstStated.date ? ` och ${when(p.statusLastStated)}` : ""}` : "",
    p.extendedUntil ? `förlängd till ${when(p.extendedUntil)}` : "",
    p.firstFact ? `daterade fakta ${when(p.firstFact)}–${when(p.lastFact)}` : "inga daterade fakta",
  ];
  return parts.filter(Boolean).join(" · ");
}

function versionItem(v: Version, state: Lineage["inForce"]["versions"][number]["state"] | undefined): HTMLElement {
  return h(
    "li",
    { "data-id": v.document.id, "data-state": state?.state ?? "" },
    h("a", { href: entityUrl(v.document.id) }, v.document.name),
    v.version ? h("span", { class: "muted" }, ` · ${v.version}`) : "",
    " ",
    state ? stateBadge(state) : "",
    h("p", { class: "period" }, periodText(v.period)),
    v.period.renewalTerms || v.period.noticeTerms ? h("p", { class: "terms" }, [v.period.renewalTerms, v.period.noticeTerms].filter(Boolean).join(" ")) : "",
    v.relations.length
      ? h(
          "ul",
          { class: "relations" },
          v.relations.map((r) =>
            h("li", { "data-relation": r.relation }, `${ENUM_SV.VersionRelation[r.relation]} `, h("a", { href: entityUrl(r.earlier.id) }, r.earlier.name), r.inferred ? h("span", { class: "inferred", title: r.because ?? "" }, " (slutsats)") : "", " · ", h("a", { class: "compare", href: viewUrl(viewOf("agreement-diff"), undefined, { from: r.earlier.id, to: v.document.id }) }, "jämför"), r.because ? h("p", { class: "because" }, r.because) : "", sourceDetails(r.sources)),
          ),
        )
      : "",
    state ? h("p", { class: "explanation" }, state.explanation) : "",
    sourceDetails(v.sources),
  );
}

export const render: RenderView<"agreement-versions"> = async (main, { subject, view, asOf }) => {
  const a = (await gql(VERSIONS, { id: subject, asOf })).agreementLineage;
  const stateOf = new Map(a.inForce.versions.map((v) => [v.document.id, v.state]));
  main.replaceChildren(
    ...viewTop(a.subject, view),
    h("h2", {}, `Gäller per ${a.asOf}`),
    h("p", { class: "in-force", "data-id": a.inForce.version?.id ?? "" }, a.inForce.version ? h("a", { href: entityUrl(a.inForce.version.id) }, a.inForce.version.name) : "Ingen version", ": ", a.inForce.reason),
    h("h2", {}, `Versioner (${a.versions.length})`),
    lineageRow(a.versions.map((v) => ({ id: v.document.id, name: v.document.name, spans: v.spans })), a.asOf),
    h("ol", { class: "versions" }, a.versions.map((v) => versionItem(v, stateOf.get(v.document.id)))),
    a.truncated ? h("p", { class: "muted" }, "Fler versioner finns än som lästes.") : "",
  );
};
