/**
 * Closed vocabularies of the domain. These enums are the contract shared by the seed files
 * (validated by zod), the Neo4j properties and the GraphQL enums in schema/*.graphql; a unit
 * test keeps the two in step.
 */
import { z } from "zod";

export const OrganisationKind = z.enum([
  "REGION", // Västra Götalandsregionen, Region Jönköping, ...
  "MUNICIPALITY", // kommun
  "MUNICIPAL_ASSOCIATION", // kommunalförbund (GR, Fyrbodal, Skaraborg, Sjuhärad)
  "ASSOCIATION_OF_ASSOCIATIONS", // VästKom, the kommunalförbunds' joint body
  "NATIONAL_ASSOCIATION", // SKR
  "GOVERNMENT_AGENCY", // Länsstyrelsen, Folkhälsomyndigheten, IMY, Läkemedelsverket
  "COMMITTEE", // nämnd, e.g. SSN
  "BOARD", // styrelse, e.g. Regionstyrelsen, VästKoms styrelse
  "ADMINISTRATION", // förvaltning/stab, e.g. Koncernstab Hälso- och sjukvård
  "HOSPITAL",
  "UNIVERSITY",
  "RESEARCH_CENTRE",
  "COMPANY",
  "OTHER",
]);

export const ForumKind = z.enum([
  "POLITICAL_CONSULTATIVE_BODY", // SRO
  "COLLABORATION_BODY", // VVG and other tjänstepersonsforum
  "MANAGEMENT_COUNCIL", // ledningsråd
  "STEERING_GROUP", // styrgrupp
  "PREPARATORY_GROUP", // beredningsgrupp
  "REFERENCE_GROUP", // referensgrupp, incl. the political one
  "WORKING_GROUP", // arbetsgrupp
  "PRESIDIUM", // presidium (chair and vice chair)
  "KNOWLEDGE_COUNCIL", // kunskapsråd
  "CONFERENCE", // remiss- or dialogkonferens series
  "OTHER",
]);

export const MembershipRole = z.enum([
  "CHAIR",
  "VICE_CHAIR",
  "SECOND_VICE_CHAIR",
  "MEMBER",
  "ADJUNCT", // adjungerad
  "SECRETARY",
  "OFFICIAL", // tjänsteperson attending in an official capacity
  "DIRECTOR",
  "EXTRA_REPRESENTATIVE",
  "PREPARER", // beredning
  "PROCESS_LEADER",
  "OVERALL_RESPONSIBLE", // övergripande ansvarig
  "COMMUNICATOR",
  "LEGAL_ADVISER",
  "SIGNATORY",
  "COMMISSIONED", // a person given an assignment
  "OTHER",
]);

export const MeetingKind = z.enum(["REGULAR", "EXTRA", "PRESIDIUM", "CONFERENCE", "STUDY_VISIT", "OTHER"]);
export const MeetingStatus = z.enum(["HELD", "CANCELLED", "PLANNED"]);
export const MeetingFormat = z.enum(["IN_PERSON", "DIGITAL", "UNKNOWN"]);

export const AgendaItemKind = z.enum([
  "PROCEDURAL", // opening, agenda, previous notes
  "INFORMATION",
  "DECISION", // ställningstagande
  "DIALOGUE",
  "INFORMATION_AND_DIALOGUE",
  "NOTIFICATION", // anmälningsärende
  "OTHER",
]);

/** The typed outcome of an agenda item: what the forum said (ställningstagande). */
export const PositionType = z.enum([
  "NOTED_INFORMATION", // "noterar informationen"
  "ENDORSED", // "ställer sig bakom"
  "RECOMMENDED_HUVUDMAN_DECISION", // "... och rekommenderar huvudmännen att besluta"
  "SENT_ON_REFERRAL", // "... sänds på remiss"
  "ASSIGNED_TASK", // "ger ... i uppdrag"
  "EXTENDED", // förlängning
  "REFERRED_TO_HUVUDMAN", // "överlämnar ... till huvudmännen för beslut"
  "APPROVED_AGENDA_OR_MINUTES",
  "NO_POSITION", // "Inget ställningstagande"
]);

export const GoverningDocumentKind = z.enum([
  "HEALTHCARE_AGREEMENT", // Hälso- och sjukvårdsavtalet
  "OVERENSKOMMELSE",
  "RAMAVTAL",
  "SAMVERKANSAVTAL",
  "RIKTLINJE",
  "LMR", // länsgemensam medicinsk riktlinje
  "FARDPLAN",
  "UTVECKLINGSPLAN",
  "HANDLINGSPLAN",
  "INRIKTNINGSDOKUMENT",
  "UPPDRAGSHANDLING",
  "UPPDRAGSBESKRIVNING",
  "GENOMFORANDEPLAN",
  "REPORT", // rapport, slutrapport, utredning
  "LAW", // e.g. HSL
  "GOVERNMENT_REPORT", // SOU
  "NATIONAL_GUIDANCE", // nationellt vårdprogram, vårdförlopp, nationell strategi
  "DECISION_BASIS", // beslutsunderlag
  "LETTER", // remissbrev
  "PRESENTATION",
  "MEETING_NOTES",
  "OTHER",
]);

export const GoverningDocumentStatus = z.enum([
  "IN_FORCE",
  "EXTENDED",
  "IN_PREPARATION",
  "DRAFT",
  "ON_REFERRAL",
  "PROPOSED",
  "ENDORSED", // endorsed by a forum, awaiting the huvudmän
  "ADOPTED",
  "UNDER_REVISION",
  "REPLACED",
  "EXPIRED",
  "UNKNOWN",
]);

export const PartyStatus = z.enum([
  "PARTY", // a party, nothing more said
  "APPROVED_OR_EXPECTED", // "har sagt ja eller förväntas säga ja"
  "RETURNED_FOR_RECONSIDERATION", // återremitterat
  "UNKNOWN",
]);

export const FundKind = z.enum(["STATE_GRANT", "JOINT_COUNTY_FUNDS", "NATIONAL_INITIATIVE", "OTHER"]);

export const FundFlowKind = z.enum([
  "GRANT", // source pays to a recipient
  "REQUISITION", // rekvirering: the recipient claims the money
  "ALLOCATION", // fördelning to areas or bodies
  "DISTRIBUTION_KEY", // how money is split (e.g. by population)
  "PROPOSED_USE",
  "USE",
]);

export const FundFlowStatus = z.enum(["DECIDED", "ENDORSED", "PROPOSED", "UNDECIDED"]);

export const ProjectKind = z.enum([
  "MAIN_PROJECT",
  "SUBPROJECT",
  "ASSIGNMENT", // uppdrag given by a forum
  "DEVELOPMENT_AREA", // utvecklingsområde
  "STUDY", // förstudie, intervjustudie, granskning
  "INITIATIVE", // satsning
  "PROCESS", // e.g. remissprocess
  "OTHER",
]);

export const ProjectStatus = z.enum(["PLANNED", "ONGOING", "COMPLETED", "CANCELLED", "UNKNOWN"]);

export const MilestoneKind = z.enum([
  "REFERRAL_WINDOW",
  "DEADLINE",
  "PLANNED_DECISION",
  "PLANNED_MEETING_ITEM", // a point in a year plan (årshjul)
  "REPORT_DUE",
  "PHASE", // a period in a time plan
  "CONFERENCE",
  "IN_FORCE_FROM",
  "EVENT",
]);

export const DatePrecision = z.enum(["DAY", "MONTH", "YEAR"]);

export const SourceDocumentKind = z.enum([
  "YEAR_REVIEW",
  "MEETING_SUMMARY",
  "MEETING_NOTES",
  "COMMISSION", // uppdragshandling
  "REGISTER", // reference register data
  "PUBLISHED_PAGE",
]);
