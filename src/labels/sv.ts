/**
 * The Swedish words for every code a person reads: entity types, relation types, the values of
 * every enum of the API, and amounts and dates as text. The CLI, the explore page and the API's
 * labels all use this one module, so a code is never shown raw and never in two wordings. Plain
 * data (types only from the model and the generated schema types): the page's bundle imports it.
 * The enums' words are in enums.ts; each table is typed by what it labels, so a new code without a
 * Swedish word fails the typecheck.
 */
import type { EntityTypeName } from "../model/entity-types.js";
import type { RelationType } from "../model/relations.js";
import { ENUM_SV, type LabelledEnum } from "./enums.js";

export { ENUM_SV, type LabelledEnum };

export const ENTITY_TYPE_SV: Record<EntityTypeName, string> = {
  Organisation: "Organisation",
  Forum: "Forum",
  Person: "Person",
  Membership: "Roll",
  Meeting: "Möte",
  AgendaItem: "Dagordningspunkt",
  Position: "Ställningstagande",
  GoverningDocument: "Styrdokument",
  Fund: "Medel",
  FundFlow: "Pengasteg",
  Project: "Projekt",
  Milestone: "Milstolpe",
  Topic: "Ämne",
};

/** A relation as a verb phrase: "A <phrase> B" reads as a Swedish sentence. */
export const RELATION_SV: Record<RelationType, string> = {
  MEMBER_OF: "är medlem i",
  PART_OF: "är en del av",
  COMPOSED_OF: "består av ledamöter från",
  ADVISES: "rekommenderar beslut hos",
  REPORTS_TO: "rapporterar till",
  COMMISSIONED_BY: "har uppdragsgivaren",
  AFFILIATED_WITH: "företräder",
  HOLDS: "har rollen",
  IN_BODY: "är en roll i",
  REPRESENTS: "representerar",
  OF_FORUM: "är ett möte i",
  INVITED_TO: "är kallad till",
  ABSENT_FROM: "är frånvarande från",
  HAS_ITEM: "har punkten",
  FOLLOWS: "följer på",
  PRESENTED_BY: "föredras av",
  RESULTED_IN: "ledde till",
  CONCERNS: "gäller",
  TAKEN_BY: "togs av",
  RECOMMENDS: "rekommenderar beslut hos",
  ASSIGNS: "ger uppdraget",
  ANNEXED_TO: "är bilaga till",
  TERM_FOLLOWS: "har avtalstid som följer",
  BUILDS_ON: "bygger på",
  IMPLEMENTS: "tillämpar/stödjer",
  REPLACES: "ersätter",
  REVISES: "reviderar",
  REFERENCES: "hänvisar till",
  HAS_LEGAL_BASIS: "har lagstöd i",
  PARTY_TO: "är part i",
  GRANTED_BY: "beviljas av",
  DIRECTED_TO: "är riktat till",
  CONTINUES: "är en fortsättning på",
  OF_FUND: "är ett steg i flödet för",
  FLOWS_FROM: "pengar från",
  FLOWS_TO: "pengar till",
  AUTHORISED_BY: "godkändes genom",
  SUBPROJECT_OF: "är delprojekt i",
  STEERED_BY: "styrs av",
  PREPARED_BY: "bereds av",
  ADVISED_BY: "har referensgruppen",
  CARRIED_OUT_BY: "genomförs av",
  PRODUCES: "tar fram",
  COORDINATES_WITH: "samordnas med",
  MILESTONE_OF: "är ett steg i",
};


/** The Swedish word for a value of an enum; an unknown value is shown as it is (never dropped). */
export function enumSv(name: LabelledEnum, value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  return (ENUM_SV[name] as Record<string, string>)[value] ?? value;
}

export const typeSv = (type: string): string => (ENTITY_TYPE_SV as Record<string, string>)[type] ?? type;
export const relationSv = (relation: string): string => (RELATION_SV as Record<string, string>)[relation] ?? relation.toLowerCase().replaceAll("_", " ");

/** An amount in kronor, or that it is not known. */
export function sek(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? "belopp okänt" : `${amount.toLocaleString("sv-SE")} kr`;
}

/** A date cut to its precision: 2022-02 for a month, 2022 for a year. */
export function dateSv(date: string | null | undefined, precision?: string | null): string {
  if (!date) return "okänt datum";
  if (precision === "YEAR") return date.slice(0, 4);
  if (precision === "MONTH") return date.slice(0, 7);
  return date;
}

/** A part of a signing rule in short: "har sagt ja eller väntas säga ja: 48 av 49 (2022-09)". Its words and quotes follow it. */
export function signingTermSv(t: { kind: keyof (typeof ENUM_SV)["SigningTermKind"]; count?: number | null; of?: number | null; asOf?: string | null }): string {
  const count = t.count === null || t.count === undefined ? "" : t.of === null || t.of === undefined ? `: ${t.count}` : `: ${t.count} av ${t.of}`;
  return `${ENUM_SV.SigningTermKind[t.kind]}${count}${t.asOf ? ` (${t.asOf})` : ""}`;
}

/**
 * Which enum labels a stored property's value, by entity type: a fact or an entity reference
 * carries `kind`, `status` and the like as raw codes, and the same code can mean different things
 * (ENDORSED of a position, of a document, of a money step). A key ending in "Precision" (or
 * `precision`) is a DatePrecision on every type.
 */
export const PROPERTY_ENUM: { readonly [T in EntityTypeName]?: Readonly<Record<string, LabelledEnum>> } = {
  Organisation: { kind: "OrganisationKind" },
  Forum: { kind: "ForumKind" },
  Membership: { role: "MembershipRole" },
  Meeting: { kind: "MeetingKind", status: "MeetingStatus", format: "MeetingFormat" },
  AgendaItem: { kind: "AgendaItemKind" },
  Position: { positionType: "PositionType" },
  GoverningDocument: { kind: "GoverningDocumentKind", status: "GoverningDocumentStatus" },
  Fund: { kind: "FundKind" },
  FundFlow: { kind: "FundFlowKind", status: "FundFlowStatus" },
  Project: { kind: "ProjectKind", status: "ProjectStatus" },
  Milestone: { kind: "MilestoneKind" },
};

const BOOLEAN_SV: Record<string, string> = { true: "ja", false: "nej" };

/**
 * A stored property's value as a person reads it: an enum code in Swedish (by the entity's type),
 * a boolean as ja/nej, anything else as it is (lists joined with " | " are labelled item by item).
 */
export function propertyValueSv(type: string, key: string, value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  const enumName = /(^p|P)recision$/.test(key) ? "DatePrecision" : PROPERTY_ENUM[type as EntityTypeName]?.[key];
  if (enumName) return value.split(" | ").map((code) => enumSv(enumName, code)).join(" | ");
  return BOOLEAN_SV[value] ?? value;
}

/** An entity's status in Swedish, or "" when it has none. */
export const statusSv = (type: string, status: string | null | undefined): string => propertyValueSv(type, "status", status);

/** Swedish names of the entity properties shown as facts; an unknown key is shown as it is. */
export const PROPERTY_SV: Record<string, string> = {
  shortName: "kortnamn",
  aliases: "även kallad",
  inferredAliases: "även kallad (slutsats)",
  inferredAliasReasons: "varför (även kallad)",
  isHuvudman: "huvudman",
  municipalityCode: "kommunkod",
  datePrecision: "datumprecision",
  validFromPrecision: "gäller från (precision)",
  validToPrecision: "gäller till (precision)",
  extendedUntilPrecision: "förlängt till (precision)",
  periodStartPrecision: "period från (precision)",
  periodEndPrecision: "period till (precision)",
  startPrecision: "start (precision)",
  endPrecision: "slut (precision)",
  formerNames: "tidigare namn",
  kind: "slag",
  status: "status",
  title: "titel",
  role: "roll",
  party: "parti",
  version: "version",
  validFrom: "gäller från",
  validTo: "gäller till",
  extendedUntil: "förlängt till",
  validityText: "giltighet",
  renewalTerms: "förlängning",
  noticeTerms: "uppsägning",
  partiesTotal: "antal parter",
  partiesApproved: "parter som antagit",
  partiesNote: "om parterna",
  signing: "undertecknande",
  amountSek: "belopp (kr)",
  periodStart: "period från",
  periodEnd: "period till",
  purpose: "syfte",
  distributionKey: "fördelningsnyckel",
  order: "ordning",
  label: "nummer",
  month: "månad",
  date: "datum",
  endDate: "slutdatum",
  precision: "datumprecision",
  start: "start",
  end: "slut",
  startTime: "börjar",
  endTime: "slutar",
  location: "plats",
  format: "form",
  mandate: "mandat",
  hasDecisionMandate: "har beslutsmandat",
  positionType: "typ av ställningstagande",
  wording: "lydelse",
  decidedOn: "beslutat",
  decidedInMonth: "beslutat (månad)",
  asOf: "angiven",
  asOfPrecision: "angiven (precision)",
  statusFirstStated: "status angiven först",
  statusFirstStatedPrecision: "status angiven först (precision)",
  statusLastStated: "status angiven senast",
  statusLastStatedPrecision: "status angiven senast (precision)",
  renewalPeriodMonths: "förlängs med (månader)",
  noticePeriodMonths: "uppsägningstid (månader)",
  partiesReturned: "parter som återremitterat",
  requiresAllParties: "kräver alla parter",
  partiesStatedOn: "parterna räknade",
  partiesStatedOnPrecision: "parterna räknade (precision)",
  extendsUntil: "förlänger till",
  extendsUntilPrecision: "förlänger till (precision)",
  shareOfTimePercent: "andel av tjänst (%)",
  durationText: "varaktighet",
  minutesAllotted: "minuter",
};

/** An entity's kind in Swedish: what `EntityRef.kind` holds for its type (a Position's type, a Membership's role). */
export function kindSv(type: string, kind: string | null | undefined): string {
  const enums = PROPERTY_ENUM[type as EntityTypeName];
  const name = enums?.kind ?? enums?.role ?? enums?.positionType;
  return name ? enumSv(name, kind) : (kind ?? "");
}

/** Where a person's dated activity takes its date from (PersonActivityEntry.dateBasis). */
export const DATE_BASIS_SV: Record<string, string> = {
  validFrom: "rollens startdatum",
  asOf: "datum då uppgiften gällde",
  meeting: "mötets datum",
  project: "projektets start",
  sourceDocument: "källdokumentets datum",
};
