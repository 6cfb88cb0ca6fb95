/** Dependencies of an agreement: a graph with the relation on each edge, and the same as a list. */
import { gql, REF, STEP, type EntityRef, type Step } from "../api.js";
import { h } from "../dom.js";
import { heading, viewNav } from "../entity-page.js";
import { relationSv } from "../labels.js";
import { entityUrl } from "../search-box.js";
import { sourceDetails } from "../sources.js";
import { drawChain, type ChainEdge } from "./chain-graph.js";

interface Answer {
  document: EntityRef;
  dependencies: { document: EntityRef; depth: number; path: Step[] }[];
  truncated: boolean;
}

export async function renderDependencies(main: HTMLElement, id: string, direction: "DEPENDENTS" | "DEPENDENCIES"): Promise<void> {
  const q = `query ExploreDependencies($id: ID!, $direction: DependencyDirection) { documentDependencies(id: $id, direction: $direction) {
    document { ${REF} } dependencies { document { ${REF} } depth path { ${STEP} } } truncated } }`;
  const d = (await gql<{ documentDependencies: Answer }>(q, { id, direction })).documentDependencies;
  const title = direction === "DEPENDENTS" ? "Vad beror på" : "Vad bygger på";
  const nodes = new Map<string, EntityRef>([[d.document.id, d.document]]);
  const edges = new Map<string, ChainEdge>();
  for (const dep of d.dependencies)
    for (const s of dep.path) {
      nodes.set(s.from.id, s.from);
      nodes.set(s.to.id, s.to);
      edges.set(`${s.from.id}|${s.relation}|${s.to.id}`, { from: s.from.id, to: s.to.id, relation: relationSv(s.relation), inferred: s.inferred, because: s.because });
    }
  const host = h("div", { class: "graph tall", id: "chain-graph", role: "img", "aria-label": `${title} ${d.document.name}: samma kedjor finns i listan` });
  main.replaceChildren(
    ...heading(d.document, title),
    viewNav(d.document, direction === "DEPENDENTS" ? "beroenden" : "bygger-pa"),
    host,
    h("h2", {}, `${d.dependencies.length} dokument${d.truncated ? " (fler finns)" : ""}`),
    d.dependencies.length === 0 ? h("p", {}, "Inga.") : "",
    h(
      "ol",
      { class: "chains" },
      d.dependencies.map((dep) =>
        h(
          "li",
          {},
          h("a", { href: entityUrl(dep.document.id) }, dep.document.name),
          ` — ${dep.depth} steg${dep.document.status ? `, ${dep.document.status}` : ""}`,
          h("ul", {}, dep.path.map((s) => h("li", {}, `${s.from.name} ${relationSv(s.relation)} ${s.to.name}`, s.inferred ? h("span", { class: "inferred" }, ` (slutsats: ${s.because ?? ""})`) : "", sourceDetails(s.sources)))),
        ),
      ),
    ),
  );
  drawChain(host, [...nodes.values()].map((n) => ({ id: n.id, label: n.name })), [...edges.values()], d.document.id);
}
