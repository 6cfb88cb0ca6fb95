/**
 * Fund flow as a Sankey (ECharts core + SankeyChart + SVG renderer, tree-shaken): only the steps
 * whose amounts the sources give are drawn, to scale; the others are listed beside it, grouped by
 * sender under one "belopp okänt"; the authorising decision on each step; the same as a table.
 */
import { SankeyChart } from "echarts/charts";
import { TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { ExploreAuthorisationFragment, ExploreFundFlowQuery, ExploreFundFlowQueryVariables } from "../../../generated/graphql.js";
import { enumSv, sek } from "../../../labels/sv.js";
import { entityUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import { viewTop } from "../parts/heading.js";
import { sankeyData, type MoneyLink, type UnknownAmountGroup } from "../parts/sankey-links.js";
import { sourceDetails } from "../parts/sources.js";
import type { RenderView } from "../view-context.js";
import text from "./fund-flow.graphql";

echarts.use([SankeyChart, TooltipComponent, SVGRenderer]);

const FUND_FLOW = operation<ExploreFundFlowQuery, ExploreFundFlowQueryVariables>(text);
type Answer = ExploreFundFlowQuery["fundFlow"];

const UNKNOWN_FROM = "(avsändare anges inte)";
const UNKNOWN_TO = "(mottagare anges inte)";

function decisionText(a: ExploreAuthorisationFragment): string {
  return `${a.position.name} — ${a.forum?.name ?? "forum okänt"}, ${a.meeting?.name ?? a.date ?? "möte okänt"}${a.link.inferred ? " (slutsats)" : ""}`;
}

/** One link per (sender, recipient) of each step, labelled with its amount and decision. */
function moneyLinks(answer: Answer): MoneyLink[] {
  const links: MoneyLink[] = [];
  for (const f of answer.funds)
    for (const s of f.steps) {
      const senders = s.from.length ? s.from.map((x) => x.to.name) : [UNKNOWN_FROM];
      const recipients = s.to.length ? s.to.map((x) => x.to.name) : [UNKNOWN_TO];
      const decision = s.authorisedBy.length ? s.authorisedBy.map((a) => a.position.name).join("; ") : "inget beslut anges";
      // Several recipients share a step's amount in proportions the sources do not give.
      const amount = recipients.length === 1 && senders.length === 1 ? s.amountSek : null;
      for (const from of senders) for (const to of recipients) links.push({ source: from, target: to, amountSek: amount, label: `${s.name} · ${decision}` });
    }
  return links;
}

/** The steps the Sankey does not draw: one group per sender, "belopp okänt" said once. */
function unknownAmounts(groups: readonly UnknownAmountGroup[], drawnAny: boolean): HTMLElement {
  return h(
    "section",
    { class: "unknown-amounts", id: "unknown-amounts", "data-groups": String(groups.length) },
    h("h2", {}, drawnAny ? "Steg utan belopp (ritas inte i diagrammet)" : "Inga belopp anges i källorna, så inget flöde ritas i skala"),
    groups.map((g) =>
      h(
        "div",
        { class: "unknown-group", "data-from": g.source },
        h("h3", {}, `Från ${g.source} — `, h("span", { class: "unknown-amount" }, "belopp okänt"), ` (${g.links.length} steg)`),
        h("ul", {}, g.links.map((l) => h("li", {}, h("strong", {}, `→ ${l.target}`), h("span", { class: "muted" }, ` ${l.label}`)))),
      ),
    ),
  );
}

export const render: RenderView<"fund-flow"> = async (main, { subject, view, asOf }) => {
  const answer = (await gql(FUND_FLOW, { id: subject, asOf })).fundFlow;
  const data = sankeyData(moneyLinks(answer));
  const host = h("div", { class: "sankey", id: "sankey", role: "img", "aria-label": `Pengaflöde för ${answer.subject.name}: samma steg finns i tabellen` });
  const drawnAny = data.links.length > 0;
  if (!drawnAny) host.hidden = true;
  main.replaceChildren(
    ...viewTop(answer.subject, view),
    host,
    data.unknown.length ? unknownAmounts(data.unknown, drawnAny) : "",
    ...answer.funds.map((f) =>
      h(
        "section",
        {},
        h("h2", {}, h("a", { href: entityUrl(f.fund.id) }, f.fund.name), ` — ${sek(f.amountSek)}`),
        h("p", { "data-fund-state": f.state.state }, `Per ${answer.asOf}: ${enumSv("FundState", f.state.state)} — ${f.state.explanation}`),
        f.purpose ? h("p", {}, `Syfte: ${f.purpose}`) : "",
        f.decisions.length ? h("p", {}, "Beslut: ", f.decisions.map(decisionText).join("; ")) : "",
        h(
          "table",
          { class: "money" },
          h("caption", {}, "Steg"),
          h("thead", {}, h("tr", {}, ["Steg", "Från", "Till", "Belopp", "Godkänt genom", "Källor"].map((c) => h("th", { scope: "col" }, c)))),
          h(
            "tbody",
            {},
            f.steps.map((s) =>
              h(
                "tr",
                { "data-step": s.id },
                h("td", {}, `${s.order}. ${s.name}`, h("span", { class: "muted" }, ` ${[enumSv("FundFlowKind", s.kind), enumSv("FundFlowStatus", s.status)].filter(Boolean).join(", ")}`)),
                h("td", {}, s.from.map((x) => x.to.name).join(", ") || UNKNOWN_FROM),
                h("td", {}, s.to.map((x) => x.to.name).join(", ") || UNKNOWN_TO),
                h("td", { class: "amount" }, sek(s.amountSek)),
                h("td", {}, s.authorisedBy.length ? h("ul", {}, s.authorisedBy.map((a) => h("li", {}, h("a", { href: entityUrl(a.position.id) }, decisionText(a))))) : "inget beslut anges"),
                h("td", {}, sourceDetails(s.sources)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  host.dataset.nodes = String(data.nodes.length);
  host.dataset.links = String(data.links.length);
  // What each drawn width stands for: a test compares them with the answer's amounts.
  host.dataset.values = data.links.map((l) => l.value).join(" ");
  host.dataset.unknown = String(data.unknown.reduce((n, g) => n + g.links.length, 0));
  if (!drawnAny) return;
  // As tall as the drawn parties need, not a fixed block of white for one link.
  host.style.height = `${Math.min(520, 160 + 50 * data.nodes.length)}px`;
  // On a phone the labels get a third of the width (wrapped), the flow the rest.
  const labelWidth = Math.min(260, Math.round(host.clientWidth * 0.34));
  const chart = echarts.init(host, undefined, { renderer: "svg" });
  chart.setOption({
    animation: false,
    tooltip: { trigger: "item", formatter: (p: { dataType: string; data: { label?: string; name?: string; amountSek?: number } }) => (p.dataType === "edge" ? `${sek(p.data.amountSek ?? null)} · ${p.data.label ?? ""}` : (p.data.name ?? "")) },
    series: [
      {
        type: "sankey",
        data: data.nodes,
        links: data.links,
        emphasis: { focus: "adjacency" },
        nodeAlign: "left",
        left: 10,
        right: labelWidth,
        label: { fontSize: 13, lineHeight: 18, width: labelWidth - 12, overflow: "break" },
        edgeLabel: { show: true, fontSize: 12, color: "#1b1b1b", formatter: (p: { data: { amountSek: number } }) => sek(p.data.amountSek) },
        lineStyle: { color: "gradient", opacity: 0.4 },
      },
    ],
  });
  window.addEventListener("resize", () => chart.resize());
};
