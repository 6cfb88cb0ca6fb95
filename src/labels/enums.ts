/**
 * The Swedish word for every value of every enum of the API, by enum (part of the labels module,
 * src/labels/sv.ts, which re-exports it). Typed by the generated enums: a new code without a
 * Swedish word fails the typecheck.
 */
import type * as Api from "../generated/graphql.js";

/** The values of every enum of the API, by enum. */
export const ENUM_SV = {
  OrganisationKind: {
    REGION: "region",
    MUNICIPALITY: "kommun",
    MUNICIPAL_ASSOCIATION: "kommunalförbund",
    ASSOCIATION_OF_ASSOCIATIONS: "kommunalförbundens gemensamma organ",
    NATIONAL_ASSOCIATION: "nationell medlemsorganisation",
    GOVERNMENT_AGENCY: "myndighet",
    COMMITTEE: "nämnd",
    BOARD: "styrelse",
    ADMINISTRATION: "förvaltning",
    HOSPITAL: "sjukhus",
    UNIVERSITY: "lärosäte",
    RESEARCH_CENTRE: "forskningscentrum",
    COMPANY: "företag",
    OTHER: "annan organisation",
  },
  ForumKind: {
    POLITICAL_CONSULTATIVE_BODY: "politiskt samrådsorgan",
    COLLABORATION_BODY: "samverkansorgan",
    MANAGEMENT_COUNCIL: "ledningsråd",
    STEERING_GROUP: "styrgrupp",
    PREPARATORY_GROUP: "beredningsgrupp",
    REFERENCE_GROUP: "referensgrupp",
    WORKING_GROUP: "arbetsgrupp",
    PRESIDIUM: "presidium",
    KNOWLEDGE_COUNCIL: "kunskapsråd",
    CONFERENCE: "konferens",
    OTHER: "annat forum",
  },
  MembershipRole: {
    CHAIR: "ordförande",
    VICE_CHAIR: "vice ordförande",
    SECOND_VICE_CHAIR: "andre vice ordförande",
    MEMBER: "ledamot",
    ADJUNCT: "adjungerad",
    SECRETARY: "sekreterare",
    OFFICIAL: "tjänsteperson",
    DIRECTOR: "direktör",
    EXTRA_REPRESENTATIVE: "extra representant",
    PREPARER: "beredning",
    PROCESS_LEADER: "processledare",
    OVERALL_RESPONSIBLE: "övergripande ansvarig",
    COMMUNICATOR: "kommunikatör",
    LEGAL_ADVISER: "jurist",
    SIGNATORY: "undertecknare",
    COMMISSIONED: "uppdragstagare",
    OTHER: "annan roll",
  },
  MeetingKind: { REGULAR: "ordinarie möte", EXTRA: "extra möte", PRESIDIUM: "presidiemöte", CONFERENCE: "konferens", STUDY_VISIT: "studiebesök", OTHER: "annat möte" },
  MeetingStatus: { HELD: "genomfört", CANCELLED: "inställt", PLANNED: "planerat" },
  FundState: { ACTIVE: "pågår", NOT_STARTED: "har inte börjat", ENDED: "avslutade", UNKNOWN: "okänt" },
  MeetingState: { UPCOMING: "kommande", HELD: "genomfört", CANCELLED: "inställt", OUTCOME_UNKNOWN: "genomfört? okänt" },
  DocumentState: {
    IN_FORCE: "gäller",
    IN_FORCE_BY_RENEWAL: "gäller genom förlängningsklausulen",
    EXTENDED: "gäller genom beslutad förlängning",
    EXTENSION_ENDORSED: "förlängning tillstyrkt, beslut framgår inte",
    NOT_YET_IN_FORCE: "gäller ännu inte",
    PROPOSED: "förslag",
    ON_REFERRAL: "på remiss",
    ENDORSED: "tillstyrkt, inväntar huvudmännens beslut",
    NOT_ADOPTED: "antogs inte",
    ENDED: "har upphört",
    REPLACED: "ersatt",
    UNKNOWN: "okänt",
  },
  Certainty: { STATED: "anges i källorna", INFERRED: "slutsats", UNKNOWN: "okänt" },
  SpanKind: { STATED: "gäller enligt källorna", INFERRED: "gäller som slutsats", ENDORSED: "förlängning tillstyrkt, beslut framgår inte", PENDING: "förslag eller remiss", UNKNOWN: "okänt" },
  VersionRelation: { REPLACES: "ersätter", REVISES: "reviderar", FAILED_REVISION: "misslyckad revidering av", TERM_FOLLOWS: "avtalstiden följer" },
  StateFactKind: {
    STATUS: "status angiven",
    VALIDITY: "giltighetstid",
    EXTENSION: "förlängning",
    RENEWAL_CLAUSE: "förlängningsklausul",
    PARTIES: "parter",
    POSITION: "ställningstagande",
    MILESTONE: "milstolpe",
    SUCCESSOR: "efterföljare",
    TERM_FOLLOWS: "avtalstiden följer",
  },
  MeetingFormat: { IN_PERSON: "på plats", DIGITAL: "digitalt", UNKNOWN: "form okänd" },
  AgendaItemKind: {
    PROCEDURAL: "formalia",
    INFORMATION: "information",
    DECISION: "ställningstagande",
    DIALOGUE: "dialog",
    INFORMATION_AND_DIALOGUE: "information och dialog",
    NOTIFICATION: "anmälningsärende",
    OTHER: "annat",
  },
  PositionType: {
    NOTED_INFORMATION: "noterar informationen",
    ENDORSED: "ställer sig bakom",
    RECOMMENDED_HUVUDMAN_DECISION: "rekommenderar huvudmännen att besluta",
    SENT_ON_REFERRAL: "sänder på remiss",
    ASSIGNED_TASK: "ger i uppdrag",
    EXTENDED: "förlänger",
    REFERRED_TO_HUVUDMAN: "överlämnar till huvudmännen för beslut",
    APPROVED_AGENDA_OR_MINUTES: "godkänner dagordning eller anteckningar",
    NO_POSITION: "inget ställningstagande",
    INPUT: "medskick",
  },
  GoverningDocumentKind: {
    HEALTHCARE_AGREEMENT: "hälso- och sjukvårdsavtal",
    OVERENSKOMMELSE: "överenskommelse",
    RAMAVTAL: "ramavtal",
    SAMVERKANSAVTAL: "samverkansavtal",
    RIKTLINJE: "riktlinje",
    LMR: "länsgemensam medicinsk riktlinje",
    FARDPLAN: "färdplan",
    UTVECKLINGSPLAN: "utvecklingsplan",
    HANDLINGSPLAN: "handlingsplan",
    INRIKTNINGSDOKUMENT: "inriktningsdokument",
    UPPDRAGSHANDLING: "uppdragshandling",
    UPPDRAGSBESKRIVNING: "uppdragsbeskrivning",
    GENOMFORANDEPLAN: "genomförandeplan",
    REPORT: "rapport",
    LAW: "lag",
    GOVERNMENT_REPORT: "statlig utredning",
    NATIONAL_GUIDANCE: "nationellt kunskapsstöd",
    DECISION_BASIS: "beslutsunderlag",
    LETTER: "brev",
    PRESENTATION: "presentation",
    MEETING_NOTES: "mötesanteckningar",
    OTHER: "annat dokument",
  },
  GoverningDocumentStatus: {
    IN_FORCE: "gäller",
    EXTENDED: "förlängt",
    IN_PREPARATION: "under framtagande",
    DRAFT: "utkast",
    ON_REFERRAL: "på remiss",
    PROPOSED: "förslag",
    ENDORSED: "tillstyrkt, inväntar huvudmännens beslut",
    ADOPTED: "antaget",
    UNDER_REVISION: "under revidering",
    REPLACED: "ersatt",
    EXPIRED: "upphört",
    UNKNOWN: "status okänd",
  },
  PartyStatus: { PARTY: "part", APPROVED_OR_EXPECTED: "har sagt ja eller förväntas säga ja", RETURNED_FOR_RECONSIDERATION: "återremitterat", UNKNOWN: "okänt" },
  FundKind: { STATE_GRANT: "statsbidrag", JOINT_COUNTY_FUNDS: "länsgemensamma medel", NATIONAL_INITIATIVE: "nationell satsning", OTHER: "andra medel" },
  FundFlowKind: { GRANT: "bidrag", REQUISITION: "rekvirering", ALLOCATION: "fördelning", DISTRIBUTION_KEY: "fördelningsnyckel", PROPOSED_USE: "föreslagen användning", USE: "användning" },
  FundFlowStatus: { DECIDED: "beslutat", ENDORSED: "tillstyrkt", PROPOSED: "föreslaget", UNDECIDED: "inte beslutat" },
  ProjectKind: {
    MAIN_PROJECT: "huvudprojekt",
    SUBPROJECT: "delprojekt",
    ASSIGNMENT: "uppdrag",
    DEVELOPMENT_AREA: "utvecklingsområde",
    STUDY: "studie",
    INITIATIVE: "satsning",
    PROCESS: "process",
    OTHER: "annat",
  },
  ProjectStatus: { PLANNED: "planerat", ONGOING: "pågår", COMPLETED: "avslutat", CANCELLED: "avbrutet", UNKNOWN: "status okänd" },
  MilestoneKind: {
    REFERRAL_WINDOW: "remisstid",
    DEADLINE: "sista dag",
    PLANNED_DECISION: "planerat beslut",
    PLANNED_MEETING_ITEM: "planerad punkt",
    REPORT_DUE: "rapport ska lämnas",
    PHASE: "fas",
    CONFERENCE: "konferens",
    IN_FORCE_FROM: "börjar gälla",
    EVENT: "händelse",
  },
  DatePrecision: { DAY: "dag", MONTH: "månad", YEAR: "år" },
  SourceDocumentKind: {
    YEAR_REVIEW: "årssammanställning",
    MEETING_SUMMARY: "sammanställning från möte",
    MEETING_NOTES: "mötesanteckningar",
    COMMISSION: "uppdragshandling",
    REGISTER: "register",
    PUBLISHED_PAGE: "publicerad sida",
  },
  DependencyDirection: { DEPENDENTS: "det som beror på", DEPENDENCIES: "det som det bygger på" },
  GovernanceRole: {
    PRODUCED_BY: "Tas fram i",
    PART_OF: "Hör till",
    COMMISSIONED_BY: "Uppdragsgivare",
    ASSIGNED_BY: "Uppdraget gavs genom",
    STEERED_BY: "Styrgrupp",
    PREPARED_BY: "Bereds av",
    ADVISED_BY: "Referensgrupp",
    CARRIED_OUT_BY: "Genomförs av",
    REPORTS_TO: "Rapporterar till",
    POSITION_TAKEN: "Ställningstagande",
    TAKEN_BY: "Ställningstagandet togs av",
    RECOMMENDS_TO: "Rekommenderar beslut hos",
    PARTY: "Part (antar)",
  },
  TimelineCategory: {
    COMMISSION: "uppdrag",
    REFERRAL: "remiss",
    POSITION: "ställningstagande",
    EXTENSION: "förlängning",
    DEADLINE: "sista dag",
    PLANNED_DECISION: "planerat beslut",
    PLANNED_ITEM: "planerad punkt",
    REPORT_DUE: "rapport",
    PHASE: "fas",
    CONFERENCE: "konferens",
    IN_FORCE: "börjar gälla",
    EVENT: "händelse",
    DISCUSSED: "behandlades",
    START: "start",
    END: "slut",
  },
  PersonActivityKind: { ROLE: "roll", PRESENTED: "föredrog", INVITED: "kallad", ABSENT: "frånvarande", ASSIGNMENT: "uppdrag" },
  SearchMatch: { EXACT: "namnet stämmer", PREFIX: "namnet börjar så", WORDS: "orden finns i namnet", FUZZY: "liknande namn (stavfel?)", TEXT: "orden finns i texten", PARTIAL: "delvis träff" },
  ImpactEffect: {
    PART_AFFECTED: "del av ett berört dokument",
    TERM_ENDS_WITH_IT: "avtalstiden följer avtalet",
    LOSES_BASIS: "tillämpar eller bygger på ett berört dokument",
    REFERENCE_AFFECTED: "hänvisar till ett berört dokument",
    SUCCESSOR: "ersätter ett berört dokument (påverkas inte) eller reviderar det",
    WORK_ON_AFFECTED_DOCUMENT: "arbete med ett berört dokument",
    GOVERNS_AFFECTED_WORK: "styr, bereder eller genomför berört arbete",
    TOOK_POSITION: "har tagit ställning i frågan",
    CONCERNED: "nämns i berört dokument eller projekt",
    FUNDS_AFFECTED_WORK: "finansierar berört arbete",
  },
  EventKind: {
    ENDORSEMENT: "ställningstagande",
    RECOMMENDATION: "rekommendation till huvudmännen",
    REFERRAL: "remiss",
    COMMISSION: "uppdrag",
    EXTENSION: "förlängning",
    DECISION: "beslut",
    REFERRAL_WINDOW: "remisstid",
    DEADLINE: "sista dag",
    PLANNED_DECISION: "planerat beslut",
    MILESTONE: "milstolpe",
    VALIDITY_START: "börjar gälla",
    VALIDITY_END: "giltigheten slutar",
    EXTENDED_UNTIL: "förlängt till och med",
    ROLE_STATED: "roll angiven",
    MEETING: "möte",
  },
  SigningTermKind: {
    ALL_PARTIES_MUST_SIGN: "alla parter måste skriva på",
    NOT_ALL_PARTIES_NEEDED: "kan tecknas utan att alla parter står bakom",
    APPROVED: "har sagt ja eller väntas säga ja",
    RETURNED: "har återremitterat",
    IF_NOT_ALL_SIGN: "om inte alla parter skriver på",
  },
} as const satisfies {
  OrganisationKind: Record<Api.OrganisationKind, string>;
  ForumKind: Record<Api.ForumKind, string>;
  MembershipRole: Record<Api.MembershipRole, string>;
  MeetingKind: Record<Api.MeetingKind, string>;
  MeetingStatus: Record<Api.MeetingStatus, string>;
  FundState: Record<Api.FundState, string>;
  MeetingState: Record<Api.MeetingState, string>;
  DocumentState: Record<Api.DocumentState, string>;
  Certainty: Record<Api.Certainty, string>;
  VersionRelation: Record<Api.VersionRelation, string>;
  SpanKind: Record<Api.SpanKind, string>;
  StateFactKind: Record<Api.StateFactKind, string>;
  MeetingFormat: Record<Api.MeetingFormat, string>;
  AgendaItemKind: Record<Api.AgendaItemKind, string>;
  PositionType: Record<Api.PositionType, string>;
  GoverningDocumentKind: Record<Api.GoverningDocumentKind, string>;
  GoverningDocumentStatus: Record<Api.GoverningDocumentStatus, string>;
  PartyStatus: Record<Api.PartyStatus, string>;
  FundKind: Record<Api.FundKind, string>;
  FundFlowKind: Record<Api.FundFlowKind, string>;
  FundFlowStatus: Record<Api.FundFlowStatus, string>;
  ProjectKind: Record<Api.ProjectKind, string>;
  ProjectStatus: Record<Api.ProjectStatus, string>;
  MilestoneKind: Record<Api.MilestoneKind, string>;
  DatePrecision: Record<Api.DatePrecision, string>;
  SourceDocumentKind: Record<Api.SourceDocumentKind, string>;
  DependencyDirection: Record<Api.DependencyDirection, string>;
  GovernanceRole: Record<Api.GovernanceRole, string>;
  TimelineCategory: Record<Api.TimelineCategory, string>;
  PersonActivityKind: Record<Api.PersonActivityKind, string>;
  SearchMatch: Record<Api.SearchMatch, string>;
  ImpactEffect: Record<Api.ImpactEffect, string>;
  SigningTermKind: Record<Api.SigningTermKind, string>;
  EventKind: Record<Api.EventKind, string>;
};

export type LabelledEnum = keyof typeof ENUM_SV;
