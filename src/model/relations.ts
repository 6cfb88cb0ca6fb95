/**
 * The relationship types of the knowledge graph: which node types each may connect and which
 * extra fields it carries. The seed validator enforces these rules and a unit test checks that
 * schema/*.graphql exposes every one of them.
 */
import { z } from "zod";
import { entityId, provenanceFields, type EntityType } from "./entities.js";
import { PartyStatus } from "./vocabulary.js";

type Endpoint = readonly EntityType[] | "any";

export interface RelationRule {
  from: Endpoint;
  to: Endpoint;
  /** Extra, typed fields of this relationship beyond provenance and `note`. */
  extra?: z.ZodRawShape;
  /** Both ends must be of the same type (a meeting follows a meeting, a step follows a step). */
  sameType?: boolean;
  meaning: string;
}

const DOCS = ["GoverningDocument"] as const;
const BODIES = ["Organisation", "Forum"] as const;

export const relationRules = {
  // Organisations and forums
  MEMBER_OF: { from: ["Organisation"], to: ["Organisation"], meaning: "is a member of (kommun in kommunalförbund, kommunalförbund in VästKom)" },
  PART_OF: { from: ["Organisation", "Forum", "GoverningDocument"], to: ["Organisation", "Forum", "GoverningDocument"], meaning: "is a part of / belongs under (nämnd in region, presidium of forum, överenskommelse of avtal)" },
  COMPOSED_OF: { from: ["Forum"], to: ["Organisation"], meaning: "has members drawn from" },
  ADVISES: { from: ["Forum"], to: ["Organisation"], meaning: "recommends decisions to (a body without its own mandate advising the huvudmän)" },
  REPORTS_TO: { from: ["Forum", "Project"], to: ["Forum", "Organisation"], meaning: "reports to" },
  COMMISSIONED_BY: { from: ["Forum", "Project"], to: [...BODIES, "Person"], meaning: "was commissioned by (uppdragsgivare)" },
  // People
  AFFILIATED_WITH: { from: ["Person"], to: ["Organisation"], meaning: "works for or represents (as stated next to the name)" },
  HOLDS: { from: ["Person"], to: ["Membership"], meaning: "holds the role" },
  IN_BODY: { from: ["Membership"], to: [...BODIES, "Project"], meaning: "the role is in" },
  REPRESENTS: { from: ["Membership"], to: ["Organisation"], meaning: "in the role, represents" },
  // Meetings
  OF_FORUM: { from: ["Meeting"], to: ["Forum"], meaning: "is a meeting of" },
  INVITED_TO: { from: ["Person"], to: ["Meeting"], meaning: "was invited to (kallad/inbjuden)" },
  ABSENT_FROM: { from: ["Person"], to: ["Meeting"], meaning: "was absent from" },
  HAS_ITEM: { from: ["Meeting"], to: ["AgendaItem"], meaning: "has the agenda item" },
  FOLLOWS: { from: ["Meeting", "FundFlow"], to: ["Meeting", "FundFlow"], sameType: true, meaning: "comes after (previous meeting, previous step of a money flow)" },
  PRESENTED_BY: { from: ["AgendaItem"], to: ["Person"], meaning: "was presented by (föredragande)" },
  RESULTED_IN: { from: ["AgendaItem"], to: ["Position"], meaning: "ended in the position taken" },
  CONCERNS: { from: ["AgendaItem", "Position", "Project", "Milestone", "GoverningDocument"], to: "any", meaning: "is about" },
  // Positions (ställningstaganden)
  TAKEN_BY: { from: ["Position"], to: ["Forum"], meaning: "was taken by" },
  RECOMMENDS: { from: ["Position"], to: ["Organisation"], meaning: "recommends this huvudman to decide" },
  ASSIGNS: { from: ["Position"], to: ["Project"], meaning: "gives the assignment" },
  // Governing documents
  ANNEXED_TO: { from: DOCS, to: DOCS, meaning: "is an annex (bilaga) of" },
  TERM_FOLLOWS: { from: DOCS, to: DOCS, meaning: "has a term of validity that follows" },
  BUILDS_ON: { from: DOCS, to: DOCS, meaning: "builds on / starts from" },
  IMPLEMENTS: { from: DOCS, to: DOCS, meaning: "implements, applies or supports" },
  REPLACES: { from: DOCS, to: DOCS, meaning: "replaces / supersedes" },
  REVISES: { from: DOCS, to: DOCS, meaning: "is a revision of" },
  REFERENCES: { from: [...DOCS, "Project"], to: DOCS, meaning: "refers to / takes into account" },
  HAS_LEGAL_BASIS: { from: DOCS, to: DOCS, meaning: "is based in law on" },
  PARTY_TO: { from: ["Organisation"], to: DOCS, extra: { status: PartyStatus.optional() }, meaning: "is a party to" },
  // Money
  GRANTED_BY: { from: ["Fund"], to: ["Organisation"], meaning: "is granted by" },
  DIRECTED_TO: { from: ["Fund"], to: ["Organisation"], meaning: "is directed to (recipient named by the grantor)" },
  CONTINUES: { from: ["Fund", "Project", "GoverningDocument"], to: ["Fund", "Project", "GoverningDocument"], meaning: "is a continuation of" },
  OF_FUND: { from: ["FundFlow"], to: ["Fund"], meaning: "is a step in the flow of" },
  FLOWS_FROM: { from: ["FundFlow"], to: ["Organisation"], meaning: "money leaves" },
  FLOWS_TO: { from: ["FundFlow"], to: ["Organisation", "Project", "Topic", "Forum"], meaning: "money goes to (a body, a project or a purpose)" },
  AUTHORISED_BY: { from: ["FundFlow"], to: ["Position"], meaning: "was authorised or endorsed by the position" },
  // Projects
  SUBPROJECT_OF: { from: ["Project"], to: ["Project"], meaning: "is a sub-project of" },
  STEERED_BY: { from: ["Project"], to: ["Forum"], meaning: "is steered by (styrgrupp)" },
  PREPARED_BY: { from: ["Project"], to: ["Forum"], meaning: "is prepared by (beredning)" },
  ADVISED_BY: { from: ["Project"], to: ["Forum"], meaning: "is advised by (referensgrupp)" },
  CARRIED_OUT_BY: { from: ["Project"], to: [...BODIES, "Person"], meaning: "is carried out by" },
  PRODUCES: { from: ["Project"], to: DOCS, meaning: "produces or revises the document" },
  COORDINATES_WITH: { from: ["Project"], to: "any", meaning: "is done in close collaboration with" },
  // Time
  MILESTONE_OF: { from: ["Milestone"], to: "any", meaning: "is a dated step in the life of" },
} as const satisfies Record<string, RelationRule>;

export type RelationType = keyof typeof relationRules;
export const relationTypes = Object.keys(relationRules) as RelationType[];

const idOrIds = z.union([entityId, z.array(entityId).min(1)]);

export const relationEntry = z.strictObject({
  type: z.enum(relationTypes as [RelationType, ...RelationType[]]),
  /** One id or a list; a list expands into one relationship per id. `@group` names a group. */
  from: z.union([idOrIds, z.string().regex(/^@[a-z-]+$/)]),
  to: z.union([idOrIds, z.string().regex(/^@[a-z-]+$/)]),
  note: z.string().min(1).optional(),
  status: PartyStatus.optional(),
  ...provenanceFields,
});
