/** Impact: what is hit if an agreement ends, grouped by how hard, "ends with it" first. */
import { gql, REF, STEP, type EntityRef, type Step } from "../api.js";
import { h } from "../dom.js";
import { heading, viewNav } from "../entity-page.js";
import { relationSv, typeSv } from "../labels.js";
import { entityUrl } from "../search-box.js";
import { sourceDetails } from "../sources.js";

interface Item {
  entity: EntityRef;
  effect: string;
  depth: number;
  path: Step[];
}

/** Hardest hit first: what ends with the agreement, then what loses its footing, then what only refers to it. */
export const EFFECT_ORDER: [string, string][] = [
  ["TERM_ENDS_WITH_IT", "Upphör med avtalet (avtalstiden följer avtalet)"],
  ["PART_AFFECTED", "Del av eller bilaga till ett berört dokument"],
  ["LOSES_BASIS", "Förlorar sin grund (tillämpar eller bygger på ett berört dokument)"],
  ["SUCCESSOR", "Ersätter eller reviderar ett berört dokument"],
  ["WORK_ON_AFFECTED_DOCUMENT", "Arbete med ett berört dokument"],
  ["FUNDS_AFFECTED_WORK", "Finansierar berört arbete"],
  ["GOVERNS_AFFECTED_WORK", "Styr, bereder eller genomför berört arbete"],
  ["REFERENCE_AFFECTED", "Hänvisar till ett berört dokument"],
  ["TOOK_POSITION", "Har tagit ställning i frågan"],
  ["CONCERNED", "Nämns i berört dokument eller projekt"],
];

export async function renderImpact(main: HTMLElement, id: string): Promise<void> {
  const item = `entity { ${REF} } effect depth path { ${STEP} }`;
  const q = `query ExploreImpact($id: ID!) { impact(id: $id) { agreement { ${REF} } terms { status validityText renewalTerms noticeTerms }
    documents { ${item} } projects { ${item} } forums { ${item} } funds { ${item} } truncated } }`;
  const x = (await gql<{ impact: { agreement: EntityRef; terms: { status: string | null; validityText: string | null; renewalTerms: string | null; noticeTerms: string | null }; documents: Item[]; projects: Item[]; forums: Item[]; funds: Item[]; truncated: boolean } }>(q, { id })).impact;
  const all = [...x.documents, ...x.projects, ...x.forums, ...x.funds];
  const known = new Set(EFFECT_ORDER.map(([e]) => e));
  const groups = [...EFFECT_ORDER, ...[...new Set(all.map((i) => i.effect))].filter((e) => !known.has(e)).map((e) => [e, e] as [string, string])];
  main.replaceChildren(
    ...heading(x.agreement, "Om det upphör"),
    viewNav(x.agreement, "konsekvenser"),
    h("p", {}, [x.terms.status, x.terms.validityText, x.terms.renewalTerms && `Förlängning: ${x.terms.renewalTerms}`, x.terms.noticeTerms && `Uppsägning: ${x.terms.noticeTerms}`].filter(Boolean).join(" · ")),
    h("p", { class: "lead" }, `${all.length} berörda${x.truncated ? " (fler finns)" : ""}`),
    ...groups
      .map(([effect, title]) => [title, all.filter((i) => i.effect === effect).sort((a, b) => a.depth - b.depth)] as const)
      .filter(([, items]) => items.length)
      .map(([title, items]) =>
        h(
          "section",
          { class: "impact-group" },
          h("h2", {}, `${title} (${items.length})`),
          h(
            "ul",
            {},
            items.map((i) =>
              h("li", {}, h("a", { href: entityUrl(i.entity.id) }, i.entity.name), h("span", { class: "muted" }, ` ${typeSv(i.entity.type)}, ${i.depth} steg`), h("details", {}, h("summary", {}, "Kedjan"), h("ul", {}, i.path.map((s) => h("li", {}, `${s.from.name} ${relationSv(s.relation)} ${s.to.name}`, s.inferred ? ` (slutsats: ${s.because ?? ""})` : "", sourceDetails(s.sources)))))),
            ),
          ),
        ),
      ),
  );
}
