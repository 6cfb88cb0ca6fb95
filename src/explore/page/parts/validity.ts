/**
 * A governing document's validity for its timeline: the versions of its lineage in one row (the
 * versions view's drawing, parts/lineage-row.ts), each stretch styled by how it rests on the
 * documents, the asked date marked; one version when it has no lineage, and "giltighet okänd"
 * when nothing dated says when it holds. Read with one more request after the timeline, since only
 * its answer tells that the subject is a document.
 */
import type { ExploreValidityQuery, ExploreValidityQueryVariables } from "../../../generated/graphql.js";
import { viewOf, viewUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import { lineageRow } from "./lineage-row.js";
import text from "./validity.graphql";

const VALIDITY = operation<ExploreValidityQuery, ExploreValidityQueryVariables>(text);

export async function validitySection(id: string, asOf: string | undefined): Promise<HTMLElement> {
  const a = (await gql(VALIDITY, { id, asOf })).agreementLineage;
  const several = a.versions.length > 1;
  return h(
    "section",
    { class: "validity", "aria-labelledby": "validity-heading" },
    h("h2", { id: "validity-heading" }, several ? `Giltighet per version (${a.versions.length})` : "Giltighet"),
    lineageRow(
      a.versions.map((v) => ({ id: v.document.id, name: v.document.name, spans: v.spans })),
      a.asOf,
    ),
    a.truncated ? h("p", { class: "muted" }, "Fler versioner finns än som lästes.") : "",
    h("p", {}, h("a", { href: viewUrl(viewOf("agreement-versions"), id, { asOf }) }, several ? "Versionerna i detalj" : "Perioden i detalj")),
  );
}
