/**
 * Closed vocabularies of the domain. These enums are the contract shared by the seed files
 * (validated by zod), the Neo4j properties and the API: the GraphQL enums are printed from this
 * module (src/graphql/vocabulary-sdl.ts), with the descriptions given here.
 */
import { z } from "zod";
import { describedEnum } from "./described-enum.js";

export const OrganisationKind = describedEnum({
  REGION: "Västra Götalandsregionen, Region Jönköping, ...",
  MUNICIPALITY: "kommun",
  MUNICIPAL_ASSOCIATION: "kommunalförbund (GR, Fyrbodal, Skaraborg, Sjuhärad)",
  ASSOCIATION_OF_ASSOCIATIONS: "VästKom, the kommunalförbunds' joint body",
  NATIONAL_ASSOCIATION: "SKR",
  GOVERNMENT_AGENCY: "Länsstyrelsen, Folkhälsomyndigheten, IMY, Läkemedelsverket",
  COMMITTEE: "nämnd, e.g. SSN",
  BOARD: "styrelse, e.g. Regionstyrelsen, VästKoms styrelse",
  ADMINISTRATION: "förvaltning/stab, e.g. Koncernstab Hälso- och sjukvård",
  HOSPITAL: null,
  UNIVERSITY: null,
  RESEARCH_CENTRE: null,
  COMPANY: null,
  OTHER: null,
});

export const ForumKind = describedEnum({
  POLITICAL_CONSULTATIVE_BODY: "SRO",
  COLLABORATION_BODY: "VVG and other tjänstepersonsforum",
  MANAGEMENT_COUNCIL: "ledningsråd",
  STEERING_GROUP: "styrgrupp",
  PREPARATORY_GROUP: "beredningsgrupp",
  REFERENCE_GROUP: "referensgrupp, incl. the political one",
  WORKING_GROUP: "arbetsgrupp",
  PRESIDIUM: "presidium (chair and vice chair)",
  KNOWLEDGE_COUNCIL: "kunskapsråd",
  CONFERENCE: "remiss- or dialogkonferens series",
  OTHER: null,
});

export const MembershipRole = describedEnum({
  CHAIR: null,
  VICE_CHAIR: null,
  SECOND_VICE_CHAIR: null,
  MEMBER: null,
  ADJUNCT: "adjungerad",
  SECRETARY: null,
  OFFICIAL: "tjänsteperson attending in an official capacity",
  DIRECTOR: null,
  EXTRA_REPRESENTATIVE: null,
  PREPARER: "beredning",
  PROCESS_LEADER: null,
  OVERALL_RESPONSIBLE: "övergripande ansvarig",
  COMMUNICATOR: null,
  LEGAL_ADVISER: null,
  SIGNATORY: null,
  COMMISSIONED: "a person given an assignment",
  OTHER: null,
});

export const MeetingKind = z.enum(["REGULAR", "EXTRA", "PRESIDIUM", "CONFERENCE", "STUDY_VISIT", "OTHER"]);

export const MeetingStatus = z.enum(["HELD", "CANCELLED", "PLANNED"]);

export const MeetingFormat = z.enum(["IN_PERSON", "DIGITAL", "UNKNOWN"]);

export const AgendaItemKind = describedEnum({
  PROCEDURAL: "opening, agenda, previous notes",
  INFORMATION: null,
  DECISION: "ställningstagande",
  DIALOGUE: null,
  INFORMATION_AND_DIALOGUE: null,
  NOTIFICATION: "anmälningsärende",
  OTHER: null,
});

/** The typed outcome of an agenda item: what the forum said (ställningstagande). */
export const PositionType = describedEnum({
  NOTED_INFORMATION: "'noterar informationen'",
  ENDORSED: "'ställer sig bakom'",
  RECOMMENDED_HUVUDMAN_DECISION: "'... och rekommenderar huvudmännen att besluta'",
  SENT_ON_REFERRAL: "'... sänds på remiss'",
  ASSIGNED_TASK: "'ger ... i uppdrag'",
  EXTENDED: "förlängning",
  REFERRED_TO_HUVUDMAN: "'överlämnar ... till huvudmännen för beslut'",
  APPROVED_AGENDA_OR_MINUTES: null,
  NO_POSITION: "'Inget ställningstagande'",
  INPUT: "'Medskick från …': a point the forum sends along to those preparing the matter, one per bullet of the notes; not a decision",
});

export const GoverningDocumentKind = describedEnum({
  HEALTHCARE_AGREEMENT: "Hälso- och sjukvårdsavtalet",
  OVERENSKOMMELSE: null,
  RAMAVTAL: null,
  SAMVERKANSAVTAL: null,
  RIKTLINJE: null,
  LMR: "länsgemensam medicinsk riktlinje",
  FARDPLAN: null,
  UTVECKLINGSPLAN: null,
  HANDLINGSPLAN: null,
  INRIKTNINGSDOKUMENT: null,
  UPPDRAGSHANDLING: null,
  UPPDRAGSBESKRIVNING: null,
  GENOMFORANDEPLAN: null,
  REPORT: "rapport, slutrapport, utredning",
  LAW: "e.g. HSL",
  GOVERNMENT_REPORT: "SOU",
  NATIONAL_GUIDANCE: "nationellt vårdprogram, vårdförlopp, nationell strategi",
  DECISION_BASIS: "beslutsunderlag",
  LETTER: "remissbrev",
  PRESENTATION: null,
  MEETING_NOTES: null,
  OTHER: null,
});

export const GoverningDocumentStatus = describedEnum({
  IN_FORCE: null,
  EXTENDED: null,
  IN_PREPARATION: null,
  DRAFT: null,
  ON_REFERRAL: null,
  PROPOSED: null,
  ENDORSED: "endorsed by a forum, awaiting the huvudmän",
  ADOPTED: null,
  UNDER_REVISION: null,
  REPLACED: null,
  EXPIRED: null,
  UNKNOWN: null,
});

export const PartyStatus = describedEnum({
  PARTY: "a party, nothing more said",
  APPROVED_OR_EXPECTED: "'har sagt ja eller förväntas säga ja'",
  RETURNED_FOR_RECONSIDERATION: "återremitterat",
  UNKNOWN: null,
});

/** A part of an agreement's signing rule, as the documents state it (one quote each). */
export const SigningTermKind = describedEnum({
  ALL_PARTIES_MUST_SIGN: "the agreement presupposes that every party signs ('förutsätter att samtliga parter skriver på')",
  NOT_ALL_PARTIES_NEEDED: "it can be signed without every party ('möjlig att teckna utan att samtliga … ställt sig bakom')",
  APPROVED: "how many parties have approved, or are expected to ('48 av 49 kommuner har sagt ja eller förväntas säga ja')",
  RETURNED: "how many parties returned it for reconsideration ('återremitterat')",
  IF_NOT_ALL_SIGN: "what happens if not every party signs ('nuvarande avtal förlängs')",
});

export const FundKind = z.enum(["STATE_GRANT", "JOINT_COUNTY_FUNDS", "NATIONAL_INITIATIVE", "OTHER"]);

export const FundFlowKind = describedEnum({
  GRANT: "source pays to a recipient",
  REQUISITION: "rekvirering: the recipient claims the money",
  ALLOCATION: "fördelning to areas or bodies",
  DISTRIBUTION_KEY: "how money is split (e.g. by population)",
  PROPOSED_USE: null,
  USE: null,
});

export const FundFlowStatus = z.enum(["DECIDED", "ENDORSED", "PROPOSED", "UNDECIDED"]);

export const ProjectKind = describedEnum({
  MAIN_PROJECT: null,
  SUBPROJECT: null,
  ASSIGNMENT: "uppdrag given by a forum",
  DEVELOPMENT_AREA: "utvecklingsområde",
  STUDY: "förstudie, intervjustudie, granskning",
  INITIATIVE: "satsning",
  PROCESS: "e.g. remissprocess",
  OTHER: null,
});

export const ProjectStatus = z.enum(["PLANNED", "ONGOING", "COMPLETED", "CANCELLED", "UNKNOWN"]);

export const MilestoneKind = describedEnum({
  REFERRAL_WINDOW: null,
  DEADLINE: null,
  PLANNED_DECISION: null,
  PLANNED_MEETING_ITEM: "a point in a year plan (årshjul)",
  REPORT_DUE: null,
  PHASE: "a period in a time plan",
  CONFERENCE: null,
  IN_FORCE_FROM: null,
  EVENT: null,
});

export const DatePrecision = z.enum(["DAY", "MONTH", "YEAR"]);

export const SourceDocumentKind = describedEnum({
  YEAR_REVIEW: null,
  MEETING_SUMMARY: null,
  MEETING_NOTES: null,
  COMMISSION: "uppdragshandling",
  REGISTER: "reference register data",
  PUBLISHED_PAGE: null,
});

/**
 * The state of a governing document on a date, derived from its dated facts (src/time/), never
 * stored. Only IN_FORCE, IN_FORCE_BY_RENEWAL and EXTENDED bind the parties on the date.
 */
export const DocumentState = describedEnum({
  IN_FORCE: "in force as the documents state (a validity period or a statement of it)",
  IN_FORCE_BY_RENEWAL: "in force by its renewal clause after the last statement, no notice known (inferred)",
  EXTENDED: "in force by an extension a body with a mandate decided",
  EXTENSION_ENDORSED: "an extension a forum endorsed, but no decision on it is stated: not plain in force",
  NOT_YET_IN_FORCE: "adopted, but its validity starts later",
  PROPOSED: "proposed or in preparation, not adopted",
  ON_REFERRAL: "on referral (remiss)",
  ENDORSED: "endorsed or recommended by a forum, the huvudmän's decision not stated",
  NOT_ADOPTED: "not adopted: it needed every party and did not get them, and a later version followed",
  ENDED: "its term (or the last extension on record) has run out",
  REPLACED: "a successor is in force",
  UNKNOWN: "the documents say nothing about this date",
});

/** How an answer about a date rests on the documents. */
export const Certainty = describedEnum({
  STATED: "the documents state it for this date",
  INFERRED: "follows from stated facts (between two statements, by a renewal clause, by a term it follows)",
  UNKNOWN: "the documents are silent about this date",
});

/** What kind of dated fact a state rests on. */
export const StateFactKind = describedEnum({
  STATUS: "the documents state its status on a date",
  VALIDITY: "a stated period of validity",
  EXTENSION: "an extension endorsed or decided, with its end",
  RENEWAL_CLAUSE: "the renewal and notice terms",
  PARTIES: "how many parties approved, on a date",
  POSITION: "a position taken on it (referral, recommendation)",
  MILESTONE: "a dated step: referral window, deadline, planned decision",
  SUCCESSOR: "a document that replaces or revises it",
  TERM_FOLLOWS: "the document whose term it follows",
});

/** How a version of an agreement relates to an earlier version of its lineage (src/questions/agreement-versions/). */
export const VersionRelation = describedEnum({
  REPLACES: "a new version that replaces the earlier one (REPLACES)",
  REVISES: "a revision of the earlier one (REVISES), not known to have failed",
  FAILED_REVISION: "a revision whose derived state on the date is NOT_ADOPTED: it needed every party and did not get them",
  TERM_FOLLOWS: "its term of validity follows the earlier one's (TERM_FOLLOWS)",
});

/** How a stretch of an agreement version's time line rests on the documents (the explore page's bars). */
export const SpanKind = describedEnum({
  STATED: "in force as the documents state (a validity period, a statement, a decided extension)",
  INFERRED: "in force as a conclusion (between two statements, by its renewal clause, by a term it follows)",
  ENDORSED: "an extension a forum endorsed, no decision on it stated",
  PENDING: "proposed, on referral or endorsed, not adopted",
  UNKNOWN: "the documents are silent: after the last fact, or a successor's fate unknown",
});

/** A fund on a date, derived from its stated period. */
export const FundState = describedEnum({
  ACTIVE: "the date lies within its stated period",
  NOT_STARTED: "its period starts after the date",
  ENDED: "its period ended before the date",
  UNKNOWN: "no period, or the date lies beyond an end the documents leave open",
});

/** A meeting on a date, derived from its recorded status and its date. */
export const MeetingState = describedEnum({
  UPCOMING: "its date has not passed",
  HELD: "recorded as held",
  CANCELLED: "recorded as cancelled",
  OUTCOME_UNKNOWN: "planned, its date has passed, and no record says whether it was held",
});
