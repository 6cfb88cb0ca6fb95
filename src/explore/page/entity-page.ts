/**
 * An entity: its facts, its sources, and its neighbourhood as an interactive graph (pan, zoom,
 * expand a node, filter by relation type; inferred edges dashed with their `because`) with the
 * same relations as a table next to it.
 */
import { gql, REF, SOURCES, STEP, type EntityRef, type Source, type Step } from "./api.js";
import { h } from "./dom.js";
import { FACT_SV, relationSv, typeSv, viewsFor } from "./labels.js";
import { entityUrl } from "./search-box.js";
import { sourceDetails, sourceList } from "./sources.js";

export interface Neighbourhood {
  entity: EntityRef;
  facts: { key: string; value: string }[];
  description: string | null;
  inferred: boolean;
  because: string | null;
  sources: Source[];
  relations: Step[];
  truncated: boolean;
}

export const NEIGHBOURHOOD = `query ExploreNeighbourhood($id: ID!) {
  neighbourhood(id: $id) { entity { ${REF} } facts { key value } description inferred because ${SOURCES} relations { ${STEP} } truncated }
}`;

export async function fetchNeighbourhood(id: string): Promise<Neighbourhood> {
  return (await gql<{ neighbourhood: Neighbourhood }>(NEIGHBOURHOOD, { id })).neighbourhood;
}

export function heading(entity: EntityRef, subtitle?: string): HTMLElement[] {
  return [
    h("p", { class: "kind" }, [typeSv(entity.type), entity.kind, entity.status].filter(Boolean).join(" · ")),
    h("h1", {}, subtitle ? `${subtitle}: ` : "", subtitle ? h("a", { href: entityUrl(entity.id) }, entity.name) : entity.name),
    h("p", { class: "id" }, "id ", h("code", {}, entity.id)),
  ];
}

export function viewNav(entity: EntityRef, current?: string): HTMLElement {
  return h(
    "nav",
    { class: "views", "aria-label": "Frågor om detta" },
    h("ul", {}, [
      h("li", {}, current ? h("a", { href: entityUrl(entity.id) }, "Översikt") : h("span", { "aria-current": "page" }, "Översikt")),
      ...viewsFor(entity.type).map((v) => h("li", {}, v.view === current ? h("span", { "aria-current": "page" }, v.title) : h("a", { href: entityUrl(entity.id, v.view) }, v.title))),
    ]),
  );
}

/** The relations as a table: the same facts as the graph, readable without it. */
function relationTable(n: Neighbourhood, onExpand: (id: string) => void): HTMLElement {
  const rows = n.relations.map((r) => {
    const other = r.from.id === n.entity.id ? r.to : r.from;
    const outgoing = r.from.id === n.entity.id;
    return h(
      "tr",
      { "data-relation": r.relation },
      h("td", {}, outgoing ? "→" : "←"),
      h("td", {}, relationSv(r.relation), r.inferred ? h("span", { class: "inferred" }, ` (slutsats: ${r.because ?? "ej angivet"})`) : null),
      h("td", {}, h("a", { href: entityUrl(other.id) }, other.name), h("span", { class: "muted" }, ` ${typeSv(other.type)}`)),
      h("td", {}, h("button", { type: "button", class: "expand", "data-id": other.id, onclick: () => onExpand(other.id) }, "Visa grannar")),
      h("td", {}, sourceDetails(r.sources)),
    );
  });
  return h(
    "table",
    { class: "relations" },
    h("caption", {}, `Relationer (${n.relations.length}${n.truncated ? ", fler finns" : ""})`),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Riktning"), h("th", { scope: "col" }, "Relation"), h("th", { scope: "col" }, "Till/från"), h("th", { scope: "col" }, "Graf"), h("th", { scope: "col" }, "Källor"))),
    h("tbody", {}, rows),
  );
}

export async function renderEntity(main: HTMLElement, id: string): Promise<void> {
  // The graph library loads while the answer is on its way.
  const graphModule = import("./neighbourhood-graph.js");
  const n = await fetchNeighbourhood(id);
  document.title = `${n.entity.name} – Samverkansgrafen`;
  const graphHost = h("div", { class: "graph", id: "neighbourhood-graph", role: "img", "aria-label": `Graf över ${n.entity.name} och dess grannar; samma relationer finns i tabellen nedan` });
  const filters = h("fieldset", { class: "filters" }, h("legend", {}, "Visa relationstyper"));
  const expandLog = h("p", { class: "visually-hidden", "aria-live": "polite" });
  let expand: (id: string) => void = () => undefined;
  main.replaceChildren(
    ...heading(n.entity),
    viewNav(n.entity),
    n.description ? h("p", { class: "lead" }, n.description) : "",
    n.inferred ? h("p", { class: "inferred" }, `Slutsats, inte uttryckligen sagt i källan: ${n.because ?? ""}`) : "",
    h("section", { "aria-labelledby": "facts-h" }, h("h2", { id: "facts-h" }, "Fakta"), h("dl", { class: "facts" }, n.facts.flatMap((f) => [h("dt", { title: f.key }, FACT_SV[f.key] ?? f.key), h("dd", {}, f.value)]))),
    h("section", { "aria-labelledby": "graph-h" }, h("h2", { id: "graph-h" }, "Grannskap"), h("p", { class: "hint" }, "Dra för att panorera, scrolla för att zooma, klicka på en nod (eller knappen i tabellen) för att visa dess grannar. Streckade kanter är slutsatser."), filters, graphHost, expandLog, relationTable(n, (other) => expand(other))),
    h("section", { "aria-labelledby": "sources-h" }, h("h2", { id: "sources-h" }, "Källor"), sourceList(n.sources)),
  );
  const { drawNeighbourhood } = await graphModule;
  const graph = drawNeighbourhood(graphHost, n, filters);
  expand = (other) =>
    void graph.expand(other).then((added) => {
      expandLog.textContent = `${added} nya noder`;
    });
}
