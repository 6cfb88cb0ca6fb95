/**
 * An entity's own page: its facts, its sources, and its neighbourhood as an interactive graph
 * (pan, zoom, expand a node, filter by relation type; inferred edges dashed with their `because`)
 * with the same relations as a table next to it.
 */
import type { ExploreNeighbourhoodQuery, ExploreNeighbourhoodQueryVariables } from "../../../generated/graphql.js";
import { ENUM_SV, relationSv, typeSv } from "../../../labels/sv.js";
import { entityUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import { factList } from "../parts/facts.js";
import { foldOnPhone } from "../parts/graph-fold.js";
import { viewTop } from "../parts/heading.js";
import { groupNeighbours } from "../parts/neighbour-groups.js";
import type { Neighbourhood } from "../parts/neighbourhood-graph.js";
import { sourceDetails, sourceList } from "../parts/sources.js";
import { inferredNote } from "../parts/steps.js";
import { stateBadge } from "../parts/state.js";
import type { RenderView } from "../view-context.js";
import text from "./neighbourhood.graphql";

const NEIGHBOURHOOD = operation<ExploreNeighbourhoodQuery, ExploreNeighbourhoodQueryVariables>(text);

const fetchNeighbourhood = async (id: string, asOf?: string): Promise<Neighbourhood> => (await gql(NEIGHBOURHOOD, { id, asOf })).neighbourhood;

/** A relation's other end: a link, its type, and a button that adds its neighbours to the graph. */
function otherEnd(other: { id: string; name: string; type: string }, onExpand: (id: string) => void): HTMLElement[] {
  return [
    h("a", { href: entityUrl(other.id) }, other.name),
    h("span", { class: "muted" }, ` ${typeSv(other.type)} `),
    h("button", { type: "button", class: "expand", "data-id": other.id, onclick: () => onExpand(other.id) }, "Visa grannar"),
  ];
}

/**
 * The relations as a table: the same facts as the graph, readable without it. A group (many of one
 * kind) is one row, its members folded away, each with its own sources.
 */
function relationTable(n: Neighbourhood, onExpand: (id: string) => void, onOpenGroup: (id: string) => void): HTMLElement {
  const { singles, groups } = groupNeighbours(n.entity.id, n.relations);
  const rows = singles.map((r) => {
    const outgoing = r.from.id === n.entity.id;
    const other = outgoing ? r.to : r.from;
    return h(
      "tr",
      { "data-relation": r.relation },
      h("td", {}, outgoing ? "→" : "←"),
      h("td", {}, relationSv(r.relation), r.inferred ? h("span", { class: "inferred" }, inferredNote(r)) : null),
      h("td", {}, h("a", { href: entityUrl(other.id) }, other.name), h("span", { class: "muted" }, ` ${typeSv(other.type)}`)),
      h("td", {}, h("button", { type: "button", class: "expand", "data-id": other.id, onclick: () => onExpand(other.id) }, "Visa grannar")),
      h("td", {}, sourceDetails(r.sources)),
    );
  });
  const groupRows = groups.map((g) =>
    h(
      "tr",
      { class: "group", "data-relation": g.relation, "data-group": g.id },
      h("td", {}, g.outgoing ? "→" : "←"),
      h("td", {}, relationSv(g.relation)),
      h(
        "td",
        {},
        h(
          "details",
          { class: "group-members" },
          h("summary", {}, g.label),
          h(
            "ul",
            {},
            g.members.map((r) => h("li", { "data-id": (g.outgoing ? r.to : r.from).id }, ...otherEnd(g.outgoing ? r.to : r.from, onExpand), r.inferred ? h("span", { class: "inferred" }, inferredNote(r)) : "", sourceDetails(r.sources))),
          ),
        ),
      ),
      h("td", {}, h("button", { type: "button", class: "open-group", "data-group": g.id, onclick: () => onOpenGroup(g.id) }, `Visa alla ${g.members.length} i grafen`)),
      h("td", {}, `${g.members.reduce((k, m) => k + m.sources.length, 0)} källor, vid varje`),
    ),
  );
  return h(
    "table",
    { class: "relations" },
    h("caption", {}, `Relationer (${n.relations.length}${n.truncated ? ", fler finns" : ""})`),
    h("thead", {}, h("tr", {}, ["Riktning", "Relation", "Till/från", "Graf", "Källor"].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, rows, groupRows),
  );
}

export const render: RenderView<"neighbourhood"> = async (main, { subject, view, asOf }) => {
  // The graph library loads while the answer is on its way.
  const graphModule = import("../parts/neighbourhood-graph.js");
  const n = await fetchNeighbourhood(subject, asOf);
  document.title = `${n.entity.name} – Samverkansgrafen`;
  const graphHost = h("div", { class: "graph", id: "neighbourhood-graph", role: "img", "aria-label": `Graf över ${n.entity.name} och dess grannar; samma relationer finns i tabellen nedan` });
  const filters = h("fieldset", { class: "filters" }, h("legend", {}, "Visa relationstyper"));
  const expandLog = h("p", { class: "visually-hidden", "aria-live": "polite" });
  let expand: (id: string) => void = () => undefined;
  let openGroup: (id: string) => void = () => undefined;
  const graphSlot = foldOnPhone(graphHost);
  main.replaceChildren(
    ...viewTop(n.entity, view),
    n.description ? h("p", { class: "lead" }, n.description) : "",
    n.inferred ? h("p", { class: "inferred" }, `Slutsats, inte uttryckligen sagt i källan: ${n.because ?? ""}`) : "",
    n.documentState ? h("p", { class: "state-on" }, `Per ${n.asOf}: `, stateBadge(n.documentState), " ", n.documentState.explanation) : "",
    n.meetingState ? h("p", { class: "state-on", "data-state": n.meetingState.state }, `Per ${n.asOf}: ${ENUM_SV.MeetingState[n.meetingState.state]} — ${n.meetingState.explanation}`) : "",
    n.fundState ? h("p", { class: "state-on", "data-state": n.fundState.state }, `Per ${n.asOf}: ${ENUM_SV.FundState[n.fundState.state]} — ${n.fundState.explanation}`) : "",
    h("section", { "aria-labelledby": "facts-h" }, h("h2", { id: "facts-h" }, "Fakta"), factList(n.entity.type, n.facts)),
    h(
      "section",
      { "aria-labelledby": "graph-h" },
      h("h2", { id: "graph-h" }, "Grannskap"),
      h("p", { class: "hint" }, "Dra för att panorera, scrolla för att zooma, klicka på en nod (eller knappen i tabellen) för att visa dess grannar. Streckade kanter är slutsatser."),
      filters,
      graphSlot.element,
      expandLog,
      relationTable(
        n,
        (other) => expand(other),
        (group) => openGroup(group),
      ),
    ),
    h("section", { "aria-labelledby": "sources-h" }, h("h2", { id: "sources-h" }, "Källor"), sourceList(n.sources)),
  );
  const { drawNeighbourhood } = await graphModule;
  graphSlot.whenShown(() => {
    const graph = drawNeighbourhood(graphHost, n, filters, fetchNeighbourhood);
    openGroup = (group) => {
      expandLog.textContent = `${graph.openGroup(group)} nya noder`;
    };
    expand = (other) =>
      void graph.expand(other).then((added) => {
        expandLog.textContent = `${added} nya noder`;
      });
  });
};
