/**
 * Two versions of an agreement side by side (`/explore/avtalsskillnad?fran=<id>&till=<id>`): what
 * the documents say changed (the relations between them, quoted), the stored values that differ,
 * then each side's parties, signing rule, terms, parts and annexes with their sources.
 */
import type { ExploreAgreementDiffQuery, ExploreAgreementDiffQueryVariables, ExploreDiffPartFragment, ExploreDiffSideFragment } from "../../../generated/graphql.js";
import { relationSv, signingTermSv } from "../../../labels/sv.js";
import { entityUrl, URL_PARAMS } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import { dateText } from "../parts/dates.js";
import { sourceDetails } from "../parts/sources.js";
import type { RenderView } from "../view-context.js";
import text from "./agreement-diff.graphql";

const DIFF = operation<ExploreAgreementDiffQuery, ExploreAgreementDiffQueryVariables>(text);
type Diff = ExploreAgreementDiffQuery["agreementDiff"];

const link = (e: { id: string; name: string }) => h("a", { href: entityUrl(e.id) }, e.name);

function idForm(from: string, to: string): HTMLFormElement {
  const field = (name: string, label: string, value: string) => h("label", {}, `${label} `, h("input", { type: "text", name, value, placeholder: "doc:…", size: "32" }));
  return h("form", { class: "diff-ids", method: "get", "aria-label": "Versioner att jämföra" }, field(URL_PARAMS.from, "Från version", from), " ", field(URL_PARAMS.to, "till version", to), " ", h("button", { type: "submit" }, "Jämför"));
}

function partItems(parts: readonly ExploreDiffPartFragment[]): HTMLElement {
  if (!parts.length) return h("p", { class: "muted" }, "Inga i källorna.");
  return h(
    "ul",
    {},
    parts.map((p) =>
      h(
        "li",
        { "data-id": p.document.id },
        link(p.document),
        p.inferred ? h("span", { class: "inferred", title: p.because ?? "" }, " (slutsats)") : "",
        p.counterpart ? h("span", { class: "muted" }, ` · ${p.counterpart.from.name} ${relationSv(p.counterpart.relation)} ${p.counterpart.to.name}${p.counterpart.inferred ? " (slutsats)" : ""}`) : "",
        sourceDetails(p.sources),
      ),
    ),
  );
}

function side(s: ExploreDiffSideFragment, heading: string): HTMLElement {
  const p = s.parties;
  const counts = [p.total !== null && p.total !== undefined ? `${p.total} parter` : "", p.approved !== null && p.approved !== undefined ? `${p.approved} godkände` : "", p.returned ? `${p.returned} återremitterade` : "", p.statedOn ? `(${dateText(p.statedOn.date, p.statedOn.precision)})` : ""].filter(Boolean).join(", ");
  const t = s.terms;
  return h(
    "section",
    { class: "diff-side", "data-id": s.document.id },
    h("h2", {}, `${heading}: `, link(s.document), s.version ? h("span", { class: "muted" }, ` · ${s.version}`) : ""),
    h("p", {}, `Parter i grafen: ${p.related}${p.relatedInferred ? ` (varav ${p.relatedInferred} slutsatser)` : ""}${counts ? `; enligt källorna ${counts}` : ""}${p.requiresAll ? "; kräver alla parter" : ""}.`),
    s.signing.length ? h("ul", { class: "signing" }, s.signing.map((term) => h("li", {}, `${signingTermSv(term)}: `, h("q", {}, term.wording), sourceDetails(term.sources)))) : "",
    h("p", { class: "terms" }, [t.validFrom || t.validTo ? `Giltig ${t.validFrom ? dateText(t.validFrom.date, t.validFrom.precision) : "?"}–${t.validTo ? dateText(t.validTo.date, t.validTo.precision) : "?"}.` : "Ingen giltighetstid i källorna.", t.renewalTerms, t.noticeTerms].filter(Boolean).join(" ")),
    h("h3", {}, `Delar och underavtal (${s.parts.length})`),
    partItems(s.parts),
    s.annexes.length ? [h("h3", {}, `Bilagor (${s.annexes.length})`), partItems(s.annexes)] : "",
    s.termFollowers.length ? [h("h3", {}, `Avtal vars avtalstid följer det (${s.termFollowers.length})`), partItems(s.termFollowers)] : "",
    sourceDetails(s.sources),
  );
}

function changes(a: Diff): HTMLElement {
  if (!a.sameLineage) return h("p", {}, "Ingen kedja av ersätter, reviderar eller avtalstid följer förbinder de två versionerna i källorna.");
  return h(
    "ol",
    { class: "changes" },
    a.changes.map((c) => h("li", {}, link(c.from), ` ${relationSv(c.relation)} `, link(c.to), c.inferred ? h("span", { class: "inferred" }, " (slutsats)") : "", c.because ? h("p", { class: "because" }, c.because) : "", sourceDetails(c.sources))),
  );
}

export const render: RenderView<"agreement-diff"> = async (main, { view, params }) => {
  document.title = `${view.title} – Samverkansgrafen`;
  const from = params.from ?? "";
  const to = params.to ?? "";
  if (!from || !to) {
    main.replaceChildren(h("h1", {}, view.title), idForm(from, to), h("p", {}, "Ange två versioner av ett avtal (deras id), t.ex. från en versionslista."));
    return;
  }
  const a = (await gql(DIFF, { from, to })).agreementDiff;
  main.replaceChildren(
    h("h1", {}, `${view.title}: `, link(a.from.document), " → ", link(a.to.document)),
    idForm(from, to),
    h("h2", {}, "Vad källorna säger ändrades"),
    changes(a),
    h("h2", {}, `Skillnader i det som lagrats (${a.differences.length})`),
    a.differences.length
      ? h("table", { class: "differences" }, h("thead", {}, h("tr", {}, h("th", {}, "Uppgift"), h("th", {}, "Från"), h("th", {}, "Till"))), h("tbody", {}, a.differences.map((d) => h("tr", { "data-field": d.field }, h("td", {}, d.label), h("td", {}, d.from ?? "—"), h("td", {}, d.to ?? "—")))))
      : h("p", {}, "Inga."),
    h("div", { class: "diff-sides" }, side(a.from, "Från"), side(a.to, "Till")),
  );
};
