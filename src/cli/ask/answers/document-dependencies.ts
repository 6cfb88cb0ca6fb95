/** Which documents depend on an agreement (beroenden), or what it builds on (bygger-pa). */
import type { DocumentDependenciesQuery } from "../../../generated/graphql.js";
import { relationSv, statusSv } from "../../../labels/sv.js";
import { nameOf, type Report } from "../text.js";

export function formatDocumentDependencies({ documentDependencies: d }: DocumentDependenciesQuery, out: Report): void {
  out.say(`${d.direction === "DEPENDENCIES" ? "Det här bygger dokumentet på" : "Det här beror på"}: ${nameOf(d.document)}`);
  const inForce = d.asOf ? `; i kraft ${d.asOf} (dokumentet självt ${d.documentInForce ? "i kraft" : "inte i kraft"})` : "";
  out.say(`relationer: ${d.relationTypes.map(relationSv).join(", ")}; högst ${d.maxDepth} steg${inForce}`);
  out.say();
  if (d.dependencies.length === 0) out.say("Inga.");
  d.dependencies.forEach((dep, i) => {
    const status = statusSv("GoverningDocument", dep.document.status);
    out.say(`${i + 1}. ${nameOf(dep.document)}${status ? ` [${status}]` : ""} — ${dep.depth} steg`);
    for (const s of dep.path) out.step(s, "     ");
  });
  out.truncated(d.truncated);
}
