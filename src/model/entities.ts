/**
 * The node types of the knowledge graph, as seed entries. Each entry is flat: the common
 * fields (id, type, name, ...) plus the fields of its type. `strictObject` makes an unknown
 * field an error, so a typo in a seed file cannot silently drop a fact.
 */
import { z } from "zod";
import { ENTITY_TYPES, type EntityTypeName } from "./entity-types.js";
import { signingTermProblems } from "./signing.js";
import * as V from "./vocabulary.js";

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");
const clockTime = z.string().regex(/^\d{2}:\d{2}$/, "expected a time as HH:MM");
const yearMonth = z.string().regex(/^\d{4}-\d{2}$/, "expected a month as YYYY-MM");

/** `prefix:slug`, lower-case ASCII, so ids are stable, readable and safe in URLs. */
export const entityId = z
  .string()
  .regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, "expected an id like 'org:vastkom' (prefix, colon, lower-case a-z 0-9 -)");

/** A citation: a quote from the file's own source document, or from another named one. */
export const citation = z.union([
  z.string().min(3, "a quote must have at least 3 characters"),
  z.strictObject({ document: z.string().min(1), quote: z.string().min(3) }),
]);

export const provenanceFields = {
  cite: z.array(citation).min(1, "every fact needs at least one quoted source"),
  /** True when the documents imply the fact without stating it. */
  inferred: z.boolean().optional(),
  /** Why an inferred fact follows from its quotes. Required when inferred is true. */
  because: z.string().min(3).optional(),
};

/**
 * Another name of the entity. A plain string is a name some cited quote uses for it; an identity
 * no document states (two spellings of one person, an abbreviation) is an inferred alias that
 * says why and cites the passages it rests on.
 */
const aliasEntry = z.union([
  z.string().min(1),
  z.strictObject({
    name: z.string().min(1),
    inferred: z.literal(true, "an alias given as an object is an inferred identity: set inferred: true"),
    because: z.string().min(3, "an inferred alias must say why it names the same thing ('because')"),
    cite: z.array(citation).min(1, "an inferred alias cites the passages it rests on"),
  }),
]);
export type AliasEntry = z.infer<typeof aliasEntry>;

/** How much of a stored date the documents give: "2018–2022" is stored as 2018-01-01 with YEAR. */
const precisionOf = V.DatePrecision.optional();

const common = {
  id: entityId,
  name: z.string().min(1),
  aliases: z.array(aliasEntry).optional(),
  description: z.string().min(1).optional(),
  ...provenanceFields,
};

const money = z.number().nonnegative();

/** Date fields with their precision: `validFrom` and `validFromPrecision` (DAY when unset), and so on. */
function dated<K extends string>(...names: K[]) {
  return Object.fromEntries(names.flatMap((name) => [[name, isoDate.optional()], [`${name}Precision`, precisionOf]])) as { [P in K]: z.ZodOptional<typeof isoDate> } & { [P in `${K}Precision`]: typeof precisionOf };
}

/** A part of an agreement's signing rule, with its own quotes (src/model/signing.ts). */
const signingTerm = z
  .strictObject({
    kind: V.SigningTermKind,
    count: z.number().int().nonnegative().optional(),
    of: z.number().int().positive().optional(),
    /** The part in the document's own words: verbatim in one of its quotes. */
    wording: z.string().min(3),
    /** When the documents report it: YYYY-MM-DD or YYYY-MM. */
    asOf: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "expected YYYY-MM-DD or YYYY-MM").optional(),
    ...provenanceFields,
  })
  .superRefine((t, ctx) => {
    for (const p of signingTermProblems(t)) ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
  });

/** An entity type's seed entry: the fields every entity has, its type, and its own fields. */
function entityOf<T extends EntityTypeName, F extends z.ZodRawShape>(type: T, fields: F) {
  return z.strictObject({ ...common, type: z.literal(type), ...fields });
}

export const entityTypeSchemas = {
  Organisation: entityOf("Organisation", {
    kind: V.OrganisationKind,
    shortName: z.string().optional(),
    isHuvudman: z.boolean().optional(),
    municipalityCode: z.string().regex(/^\d{4}$/).optional(),
  }),
  Forum: entityOf("Forum", {
    kind: V.ForumKind,
    shortName: z.string().optional(),
    hasDecisionMandate: z.boolean().optional(),
    mandate: z.string().optional(),
    formerNames: z.array(z.string()).optional(),
  }),
  Person: entityOf("Person", {
    party: z.string().max(10).optional(),
  }),
  Membership: entityOf("Membership", {
    role: V.MembershipRole,
    title: z.string().optional(),
    /** The single date the documents state the role for, when they give no period (default: the defining document's date). */
    ...dated("asOf", "validFrom", "validTo"),
    shareOfTimePercent: z.number().min(0).max(100).optional(),
    durationText: z.string().optional(),
  }),
  Meeting: entityOf("Meeting", {
    kind: V.MeetingKind,
    status: V.MeetingStatus,
    month: yearMonth,
    date: isoDate.optional(),
    startTime: clockTime.optional(),
    endTime: clockTime.optional(),
    location: z.string().optional(),
    format: V.MeetingFormat.optional(),
  }),
  AgendaItem: entityOf("AgendaItem", {
    kind: V.AgendaItemKind,
    /** Position in the agenda, 1-based; sub-items use the parent's order and a label. */
    order: z.number().int().positive(),
    label: z.string().optional(),
    minutesAllotted: z.number().int().positive().optional(),
    startTime: clockTime.optional(),
    endTime: clockTime.optional(),
  }),
  Position: entityOf("Position", {
    positionType: V.PositionType,
    /** The exact wording of the ställningstagande, verified like a quote. */
    wording: z.string().min(3),
    order: z.number().int().positive().optional(),
    decidedOn: isoDate.optional(),
    decidedInMonth: yearMonth.optional(),
    /** The end date of the extension the position endorses or decides (positionType EXTENDED). */
    ...dated("extendsUntil"),
  }),
  GoverningDocument: entityOf("GoverningDocument", {
    kind: V.GoverningDocumentKind,
    shortName: z.string().optional(),
    status: V.GoverningDocumentStatus.optional(),
    version: z.string().optional(),
    ...dated("validFrom", "validTo", "extendedUntil"),
    /**
     * The first and last date the documents state `status` on (default: the defining document's
     * date): a status is a dated fact, and the state on other dates is derived (src/time/).
     */
    ...dated("statusFirstStated", "statusLastStated"),
    validityText: z.string().optional(),
    renewalTerms: z.string().optional(),
    noticeTerms: z.string().optional(),
    /** The renewal clause and notice period in months ("förlängs med två år i taget", "tolv månaders uppsägningstid"). */
    renewalPeriodMonths: z.number().int().positive().optional(),
    noticePeriodMonths: z.number().int().nonnegative().optional(),
    partiesTotal: z.number().int().nonnegative().optional(),
    partiesApproved: z.number().int().nonnegative().optional(),
    /** Parties that returned the matter for reconsideration (återremiss). */
    partiesReturned: z.number().int().nonnegative().optional(),
    /** The agreement binds only when every party has signed. */
    requiresAllParties: z.boolean().optional(),
    /** When the documents give the parties' count. */
    ...dated("partiesStatedOn"),
    partiesNote: z.string().optional(),
    signing: z.array(signingTerm).min(1).optional(),
  }),
  Fund: entityOf("Fund", {
    kind: V.FundKind,
    amountSek: money.optional(),
    ...dated("periodStart", "periodEnd"),
    purpose: z.string().optional(),
  }),
  FundFlow: entityOf("FundFlow", {
    kind: V.FundFlowKind,
    status: V.FundFlowStatus,
    order: z.number().int().positive(),
    amountSek: money.optional(),
    ...dated("periodStart", "periodEnd"),
    distributionKey: z.string().optional(),
    purpose: z.string().optional(),
  }),
  Project: entityOf("Project", {
    kind: V.ProjectKind,
    status: V.ProjectStatus.optional(),
    ...dated("start", "end"),
  }),
  Milestone: entityOf("Milestone", {
    kind: V.MilestoneKind,
    date: isoDate,
    endDate: isoDate.optional(),
    precision: V.DatePrecision,
  }),
  Topic: entityOf("Topic", {
  }),
} as const satisfies Record<EntityTypeName, z.ZodType>;

export type EntityType = EntityTypeName;
export const entityTypes: readonly EntityType[] = ENTITY_TYPES;

export const entityEntry = z.discriminatedUnion(
  "type",
  Object.values(entityTypeSchemas) as unknown as [
    (typeof entityTypeSchemas)[EntityType],
    ...(typeof entityTypeSchemas)[EntityType][],
  ],
);

/** An entry without `type` adds citations (and nothing else) to an entity defined elsewhere. */
export const mentionEntry = z.strictObject({
  id: entityId,
  ...provenanceFields,
});

/** Fields that hold a date and are stored as Neo4j `date` values. */
export const dateFields = new Set([
  "asOf",
  "validFrom",
  "validTo",
  "date",
  "endDate",
  "decidedOn",
  "extendedUntil",
  "periodStart",
  "periodEnd",
  "start",
  "end",
  "statusFirstStated",
  "statusLastStated",
  "partiesStatedOn",
  "extendsUntil",
]);
