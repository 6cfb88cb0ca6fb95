/**
 * The dated facts of a governing document d and of its family (the documents that replace or
 * revise it, those whose term it follows, and theirs), in the shape src/time/document-facts.ts reads
 * (RawFamily): every document of the family projected once, and the links between them by id. Its
 * state on any date is then derived in TypeScript.
 *
 * In a question's statement, `{{dated d}}` is only a marker, `{__datedFacts: d.id}`: the app reads
 * the families of all the documents an answer marks with one statement, DATED_FACTS_STATEMENTS,
 * after it (src/questions/shared/markers.ts). Written out, the family took 2.6 kB in each of
 * the six statements that used it, and Neo4j plans a statement in time that grows with its size,
 * again after every restart (docs/hardening.md). `plain` is what the derivation needs (the
 * extensions among the positions, no sources); `sourced` adds the sources of d's facts and the
 * other decisions on it, for answers that show what a state rests on.
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

/** The marker's key: a map holding only it stands for the family of the document whose id it holds. */
export const DATED_FACTS_KEY = "__datedFacts";

export const datedFragments = {
  dated: { arity: [1, 1] as [number, number], expand: ([d]: string[]) => `{${DATED_FACTS_KEY}: ${d}.id}` },
};

const familiesStatement = (sourced: boolean) => `UNWIND $ids AS id MATCH (d:GoverningDocument {id: id}) RETURN collect(${family("d", sourced)}) AS docs`;

/** The families of the governing documents of `$ids` (those that exist), one row: `docs`. */
export const DATED_FACTS_STATEMENTS = { plain: familiesStatement(false), sourced: familiesStatement(true) };
