/**
 * The Cypher fragments `{{dated d}}` and `{{datedSourced d}}`: the dated facts of a governing
 * document d and of its family (the documents that replace or revise it, those whose term it
 * follows, and theirs), in the shape src/time/document-facts.ts reads (RawFamily): every document
 * of the family projected once, and the links between them by id. Its state on any date is then
 * derived in TypeScript. `dated` is what the derivation needs (the extensions among the positions,
 * no sources); `datedSourced` adds the sources of d's facts and the other decisions on it, for
 * answers that show what a state rests on. Projecting each document once keeps the statement small
 * enough to plan quickly inside the questions that use it.
 */
import { factCitationsCypher } from "../sources/citation-marker.js";

const DECISIONS = "['EXTENDED', 'SENT_ON_REFERRAL', 'RECOMMENDED_HUVUDMAN_DECISION', 'REFERRED_TO_HUVUDMAN', 'ENDORSED']";

const dateText = (x: string, field: string) => `${field}: toString(${x}.${field}), .${field}Precision`;

/** One document's own facts: fields, the positions on it and its milestones (sources only for the root when `sourced`). */
function own(x: string, d: string, sourced: boolean): string {
  const withSources = (y: string) => (sourced ? `, sources: CASE WHEN ${x} = ${d} THEN ${factCitationsCypher(y)} ELSE [] END` : "");
  return `${x} {.id, .name, kind: toString(${x}.kind), .status,
    ${["statusFirstStated", "statusLastStated", "validFrom", "validTo", "extendedUntil", "partiesStatedOn"].map((f) => dateText(x, f)).join(", ")},
    .renewalTerms, .noticeTerms, .renewalPeriodMonths, .noticePeriodMonths, .partiesTotal, .partiesApproved, .partiesReturned, .requiresAllParties
    ${withSources(x)},
    positions: COLLECT { MATCH (${x})<-[:CONCERNS]-(dp:Position) WHERE ${sourced ? `dp.positionType IN ${DECISIONS}` : `dp.positionType = 'EXTENDED'`}
      WITH ${x}, ${sourced ? `${d}, ` : ""}dp, head(COLLECT { MATCH (dp)<-[:RESULTED_IN]-(:AgendaItem)<-[:HAS_ITEM]-(dm:Meeting) RETURN dm }) AS dm
      RETURN dp {.id, .name, .positionType, decidedOn: toString(dp.decidedOn), .decidedInMonth, meetingDate: toString(dm.date), meetingMonth: dm.month,
        ${dateText("dp", "extendsUntil")},
        forum: head(COLLECT { MATCH (dp)-[:TAKEN_BY]->(df:Forum) RETURN df {.id, .name, .hasDecisionMandate} })${withSources("dp")}} },
    otherVersions: COLLECT { MATCH (${x})-[:REPLACES|REVISES]-{1,2}(dv:GoverningDocument) WHERE dv <> ${x}
      WITH DISTINCT dv RETURN dv {.id, .name, firstFact: toString(coalesce(dv.statusFirstStated, dv.validFrom))} },
    // In date order: a state's explanation lists the milestones ahead in this order, and the first planned one sets its horizon.
    milestones: COLLECT { MATCH (${x})<-[:MILESTONE_OF]-(dmi:Milestone)
      RETURN dmi {.id, .name, .kind, date: toString(dmi.date), endDate: toString(dmi.endDate), .precision, inferred: coalesce(dmi.inferred, false)${withSources("dmi")}} ORDER BY dmi.date, dmi.id }}`;
}

function family(d: string, sourced: boolean): string {
  const link = (from: string, to: string, relation: string, r: string) => `{from: ${from}.id, to: ${to}.id, relation: ${relation}, inferred: coalesce(${r}.inferred, false), because: ${r}.because}`;
  return `{root: ${d}.id,
    links: [(${d})<-[dr:REPLACES|REVISES]-(ds:GoverningDocument) | ${link("ds", d, "type(dr)", "dr")}]
      + [(${d})-[dr:TERM_FOLLOWS]->(dt:GoverningDocument) | ${link(d, "dt", "'TERM_FOLLOWS'", "dr")}]
      + [(${d})-[:TERM_FOLLOWS]->(dt:GoverningDocument)<-[dr:REPLACES|REVISES]-(ds:GoverningDocument) | ${link("ds", "dt", "type(dr)", "dr")}],
    documents: COLLECT {
      UNWIND [${d}] + [(${d})<-[:REPLACES|REVISES]-(dfa:GoverningDocument) | dfa] + [(${d})-[:TERM_FOLLOWS]->(dfb:GoverningDocument) | dfb]
        + [(${d})-[:TERM_FOLLOWS]->(:GoverningDocument)<-[:REPLACES|REVISES]-(dfc:GoverningDocument) | dfc] AS dx
      WITH DISTINCT dx, ${d}
      RETURN ${own("dx", d, sourced)}
    }}`;
}

export const datedFragments = {
  dated: { arity: [1, 1] as [number, number], expand: ([d]: string[]) => family(d!, false) },
  datedSourced: { arity: [1, 1] as [number, number], expand: ([d]: string[]) => family(d!, true) },
};
