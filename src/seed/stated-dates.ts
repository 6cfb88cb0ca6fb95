/**
 * The date a fact is stated on, when a seed file gives none: the date of the document that
 * defines it (its day, or its year). A status and a role are dated facts (src/time/ derives
 * the state on other dates from them), so every stored status carries the first and last date it
 * is stated on, and every role without a period the single date it is stated for. Applied when
 * the graph is written; an explicit value in a seed file wins.
 */
import type { EntityNode, SourceDocumentNode } from "./seed-graph.js";

type StatedOn = { date: string; precision?: "YEAR" };

function statedOnOf(document: SourceDocumentNode | undefined): StatedOn | null {
  if (document?.date) return { date: document.date };
  if (document?.year) return { date: `${document.year}-01-01`, precision: "YEAR" };
  return null;
}

const withPrecision = (field: string, on: StatedOn) => ({ [field]: on.date, ...(on.precision ? { [`${field}Precision`]: on.precision } : {}) });

/** The defining seed file's document, from an entity's `definedAt` ("path/to/file.yaml:LINE"). */
export function definingDocuments(documents: readonly SourceDocumentNode[]): (e: EntityNode) => SourceDocumentNode | undefined {
  const bySeedFile = new Map(documents.map((d) => [d.seedFile, d]));
  return (e) => bySeedFile.get(e.definedAt.replace(/:\d+$/, ""));
}

/** Properties to add to an entity: the stated dates its seed file leaves out. */
export function statedDateDefaults(e: EntityNode, document: SourceDocumentNode | undefined): Record<string, unknown> {
  const p = e.properties;
  if (e.type === "GoverningDocument" && p.status !== undefined) {
    const first: StatedOn | null = p.statusFirstStated ? { date: p.statusFirstStated as string, ...(p.statusFirstStatedPrecision === "YEAR" ? { precision: "YEAR" as const } : {}) } : statedOnOf(document);
    if (!first) return {};
    const out: Record<string, unknown> = {};
    if (!p.statusFirstStated) Object.assign(out, withPrecision("statusFirstStated", first));
    if (!p.statusLastStated) Object.assign(out, { statusLastStated: p.statusFirstStated ?? first.date, ...(p.statusFirstStatedPrecision ? { statusLastStatedPrecision: p.statusFirstStatedPrecision } : first.precision ? { statusLastStatedPrecision: first.precision } : {}) });
    return out;
  }
  if (e.type === "Membership" && !p.asOf && !p.validFrom && !p.validTo) {
    const on = statedOnOf(document);
    return on ? withPrecision("asOf", on) : {};
  }
  return {};
}
