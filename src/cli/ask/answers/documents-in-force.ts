/** The documents in force on a date (gallande). */
import type { DocumentsInForceQuery } from "../../../generated/graphql.js";
import { enumSv, kindSv } from "../../../labels/sv.js";
import type { Report } from "../text.js";
import { stateLine } from "./state.js";

export function formatDocumentsInForce({ documentsInForce: a }: DocumentsInForceQuery, out: Report): void {
  out.say(`Gällande per ${a.asOf} (${a.kinds.map((k) => enumSv("GoverningDocumentKind", k)).join(", ")}): ${a.documents.length}`);
  for (const d of a.documents) {
    out.say(`  ${d.document.name} (${d.document.id}) — ${kindSv("GoverningDocument", d.document.kind)}`);
    out.say(`    ${stateLine(d.state)}`);
    if (!out.brief) out.say(`    ${d.state.explanation}`);
  }
  if (a.documents.length === 0) out.say("  (inget dokument gäller enligt källorna)");
  out.say();
  out.say(`Gäller inte eller okänt: ${a.notInForce.length}`);
  for (const d of a.notInForce) {
    out.say(`  ${d.document.name} (${d.document.id}) — ${stateLine(d.state)}`);
    if (!out.brief) out.say(`    ${d.state.explanation}`);
  }
  out.truncated(a.truncated, "fler dokument");
}
