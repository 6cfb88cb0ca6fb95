/**
 * The governance chain: a flow from the working group to the deciding huvudmän. The 49
 * municipalities are drawn as one node ("49 kommuner"), listed in full below.
 */
import type { ExploreEntityRefFragment, ExploreGovernanceChainQuery, ExploreGovernanceChainQueryVariables } from "../../../generated/graphql.js";
import { ENUM_SV, relationSv, signingTermSv } from "../../../labels/sv.js";
import { entityUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import { drawChain, type ChainEdge, type ChainNode } from "../parts/chain-graph.js";
import { foldOnPhone } from "../parts/graph-fold.js";
import { viewTop } from "../parts/heading.js";
import { sourceDetails, sourceList } from "../parts/sources.js";
import { stateBadge } from "../parts/state.js";
import type { RenderView } from "../view-context.js";
import text from "./governance-chain.graphql";

const GOVERNANCE_CHAIN = operation<ExploreGovernanceChainQuery, ExploreGovernanceChainQueryVariables>(text);

const MUNICIPALITIES = "kommuner";
/** Draws every municipality as one node: the chain, not 49 copies of it. */
const collapse = (id: string) => (id.startsWith("org:kommun-") ? MUNICIPALITIES : id);

type Signing = ExploreGovernanceChainQuery["governanceChain"]["signing"][number];

/** The signing rule of each document on the chain: each part in the document's words, with its quotes. */
function signingSection(list: readonly Signing[]): HTMLElement[] {
  return list.flatMap((d) => [
    h("h2", {}, `Undertecknande av ${d.document.name}`),
    h(
      "ul",
      { class: "signing", "data-document": d.document.id },
      d.terms.map((t) =>
        h(
          "li",
          { "data-kind": t.kind },
          h("strong", {}, `${signingTermSv(t)}: `),
          h("q", { class: "wording" }, t.wording),
          t.inferred ? h("span", { class: "inferred", title: t.because ?? "" }, " (slutsats)") : "",
          sourceList(t.sources),
        ),
      ),
    ),
  ]);
}

export const render: RenderView<"governance-chain"> = async (main, { subject, view, asOf }) => {
  const g = (await gql(GOVERNANCE_CHAIN, { id: subject, asOf })).governanceChain;
  const nodes = new Map<string, ChainNode>([[g.subject.id, { id: g.subject.id, label: g.subject.name }]]);
  const edges = new Map<string, ChainEdge>();
  const municipalities = new Set<string>();
  const deciders = new Set(g.decidedBy.map((d) => d.id));
  for (const s of g.steps)
    for (const r of s.relations) {
      for (const e of [r.from, r.to]) {
        if (collapse(e.id) === MUNICIPALITIES) municipalities.add(e.id);
        else nodes.set(e.id, { id: e.id, label: e.name, classes: deciders.has(e.id) ? "huvudman" : "" });
      }
      const from = collapse(r.from.id);
      const to = collapse(r.to.id);
      edges.set(`${from}|${r.relation}|${to}`, { from, to, relation: relationSv(r.relation), inferred: r.inferred, because: r.because });
    }
  if (municipalities.size) nodes.set(MUNICIPALITIES, { id: MUNICIPALITIES, label: `${municipalities.size} kommuner`, classes: "huvudman" });
  const host = h("div", { class: "graph tall", id: "chain-graph", role: "img", "aria-label": `Styrkedja för ${g.subject.name}: samma steg finns i listan` });
  const names = (list: readonly ExploreEntityRefFragment[]) => {
    const kommuner = list.filter((e) => collapse(e.id) === MUNICIPALITIES).length;
    return [...list.filter((e) => collapse(e.id) !== MUNICIPALITIES).map((e) => e.name), ...(kommuner ? [`${kommuner} kommuner`] : [])].join(", ");
  };
  const graph = foldOnPhone(host);
  main.replaceChildren(
    ...viewTop(g.subject, view),
    h("p", { class: "lead" }, h("strong", {}, "Beslutar (huvudmän): "), g.decidedBy.length ? names(g.decidedBy) : "framgår inte", g.recommendedBy.length ? ` · Rekommenderar utan eget mandat: ${names(g.recommendedBy)}` : ""),
    ...signingSection(g.signing),
    g.documents.length
      ? h(
          "section",
          { class: "chain-documents" },
          h("h2", {}, `Dokumenten per ${g.asOf}`),
          h("ul", {}, g.documents.map((d) => h("li", { "data-id": d.document.id, "data-state": d.state.state }, h("a", { href: entityUrl(d.document.id) }, d.document.name), " ", stateBadge(d.state), h("p", { class: "explanation" }, d.state.explanation)))),
        )
      : "",
    graph.element,
    h("h2", {}, "Steg"),
    h(
      "ol",
      { class: "steps" },
      g.steps.map((s) =>
        h(
          "li",
          { "data-role": s.role },
          h("strong", {}, `${ENUM_SV.GovernanceRole[s.role]}: `),
          names(s.actors),
          s.meeting ? ` (${s.meeting.name}${s.date ? `, ${s.date}` : ""})` : s.date ? ` (${s.date})` : "",
          " — för ",
          h("a", { href: entityUrl(s.subject.id) }, s.subject.name),
          sourceDetails(s.relations.slice(0, 3).flatMap((r) => r.sources)),
        ),
      ),
    ),
  );
  graph.whenShown(() => drawChain(host, [...nodes.values()], [...edges.values()], g.subject.id));
};
