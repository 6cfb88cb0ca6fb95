/**
 * `Forum.officers(asOf)`: the roles in a forum as stated on or before a date (src/time/roles.ts
 * decides which hold and how sure that is), grouped as chairs, vice chairs, members and others.
 */
import type { ForumOfficers, Officer } from "../../generated/graphql.js";
import { expandFragments } from "../../database/cypher-fragments.js";
import { apiDate } from "./document-states.js";
import { ref, type EntityRef, type Source } from "./refs.js";
import { runAnalysis, type AnalysisDatabase } from "./run.js";
import { partial } from "../../time/calendar.js";
import { latestStatements, roleOn, type RoleOn } from "../../time/roles.js";

export const OFFICERS_STATEMENT = expandFragments(
  `MATCH (f:Forum {id: $id})
   RETURN {{ref f Forum}} AS forum, COLLECT {
     MATCH (f)<-[:IN_BODY]-(m:Membership)
     RETURN m {membership: {{ref m Membership}}, .role, .title, asOf: toString(m.asOf), .asOfPrecision, validFrom: toString(m.validFrom), .validFromPrecision,
       validTo: toString(m.validTo), .validToPrecision, inferred: coalesce(m.inferred, false), .because, sources: {{sources m}},
       person: head(COLLECT { MATCH (p:Person)-[:HOLDS]->(m) RETURN {{ref p Person}} ORDER BY p.id }),
       represents: COLLECT { MATCH (m)-[:REPRESENTS]->(o:Organisation) RETURN {{ref o Organisation}} ORDER BY o.id } }
   } AS roles`,
  {},
  "Forum.officers",
);

interface RawRole {
  membership: EntityRef;
  role: string;
  title: string | null;
  asOf: string | null;
  asOfPrecision: string | null;
  validFrom: string | null;
  validFromPrecision: string | null;
  validTo: string | null;
  validToPrecision: string | null;
  inferred: boolean;
  because: string | null;
  sources: Source[];
  person: EntityRef | null;
  represents: EntityRef[];
}

const GROUPS: Record<string, "chairs" | "viceChairs" | "members"> = { CHAIR: "chairs", VICE_CHAIR: "viceChairs", SECOND_VICE_CHAIR: "viceChairs", MEMBER: "members" };

function officer(r: RawRole, on: RoleOn): Officer {
  return {
    person: r.person ? ref(r.person) : null,
    membership: ref(r.membership),
    role: r.role as Officer["role"],
    title: r.title,
    represents: r.represents.map(ref),
    statedOn: apiDate(on.statedOn),
    validFrom: apiDate(partial(r.validFrom, r.validFromPrecision)),
    validTo: apiDate(partial(r.validTo, r.validToPrecision)),
    certainty: on.certainty,
    explanation: on.explanation,
    inferred: r.inferred,
    because: r.because,
    sources: r.sources,
  };
}

export async function forumOfficers(db: AnalysisDatabase, id: string, asOf: string): Promise<ForumOfficers> {
  const row = await runAnalysis<{ forum: EntityRef; roles: RawRole[] }>(db, "forum-officers", OFFICERS_STATEMENT, { id });
  const held = row.roles.flatMap((r) => {
    const on = roleOn({ validFrom: partial(r.validFrom, r.validFromPrecision), validTo: partial(r.validTo, r.validToPrecision), asOf: partial(r.asOf, r.asOfPrecision), inferred: r.inferred }, asOf);
    return on ? [{ r, on }] : [];
  });
  // The latest statement of each group (a chair stated in 2025 replaces one stated in 2021); other roles by their kind.
  const current = latestStatements(held, ({ r }) => GROUPS[r.role] ?? r.role);
  const byName = (a: Officer, b: Officer) => (a.person?.name ?? a.membership.name).localeCompare(b.person?.name ?? b.membership.name, "sv");
  const group = (g: string | null) => current.filter(({ r }) => (GROUPS[r.role] ?? null) === g).map(({ r, on }) => officer(r, on)).sort(byName);
  const dates = [...new Set(current.map(({ on }) => (on.statedOn ? on.statedOn.date : "")).filter(Boolean))].sort();
  const forum = ref(row.forum);
  return {
    forum,
    asOf,
    chairs: group("chairs"),
    viceChairs: group("viceChairs"),
    members: group("members"),
    others: group(null),
    explanation: current.length
      ? `Roller i ${forum.name} som de anges på eller före ${asOf} (${dates.length ? `angivna ${dates.join(", ")}` : "datum anges inte"}); en roll som bara anges för ett tidigare datum har okänd säkerhet för ${asOf}.`
      : `Källorna anger inga roller i ${forum.name} på eller före ${asOf}.`,
  };
}
