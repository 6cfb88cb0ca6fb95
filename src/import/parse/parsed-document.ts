/** What the parsers found in one document, before resolution against the graph. */
import type { AgreementMention } from "./agreement-mentions.js";
import type { FoundAmount } from "./amounts.js";
import type { FoundDate } from "./dates.js";
import type { FoundFund } from "./funds.js";
import type { MentionedMeeting } from "./mentioned-meetings.js";
import type { PageDate, YearContext } from "./page-date.js";
import type { PositionType } from "./position-types.js";
import type { FoundDecision } from "./running-text.js";
import type { FoundSchedule } from "./schedules.js";

export type DocumentShape = "meeting-notes" | "meeting-summary" | "decision" | "organisation" | "schedule" | "page";

/** A passage of the normalised text, verbatim, with its 1-based line. */
export interface Passage {
  quote: string;
  line: number;
}

export interface PersonMention {
  name: string;
  /** Organisation as written next to the name ("VGR", "Västkom", "Göteborgsregionen"). */
  organisation?: string;
  /** Title or role as written ("direktör", "beredning"). */
  title?: string;
  /** Party label, e.g. "S", "m". */
  party?: string;
  passage: Passage;
}

/** A person on a member list or in a contact block, with the role and body the page gives. */
export type ListedPerson = PersonMention & { role?: string; represents?: string; rolePassage?: Passage; repPassage?: Passage };

export interface FoundPosition {
  wording: string;
  positionType: PositionType;
  /** The bullet or sentence that says what the position is about, when given apart from the formula. */
  subject?: string;
  passage: Passage;
  /** The page ends inside it: its wording may be cut off. */
  incomplete?: boolean;
  /** "Beslut: enligt förslag" after it: the same decision, confirmed. */
  confirmedBy?: Passage;
}

export interface FoundItem {
  order: number;
  /** As numbered in the notes ("1", "1a"); none for un-numbered agendas. */
  label?: string;
  name: string;
  passages: Passage[];
  kind: "PROCEDURAL" | "INFORMATION" | "DECISION" | "DIALOGUE" | "INFORMATION_AND_DIALOGUE" | "OTHER";
  presenters: PersonMention[];
  positions: FoundPosition[];
  startTime?: string;
  endTime?: string;
  minutesAllotted?: number;
  /** The document breaks off inside this item's block. */
  incomplete?: boolean;
}

export interface FoundMeeting {
  forum?: string;
  forumPassage?: Passage;
  date?: string;
  month?: string;
  datePassages: Passage[];
  /** The year came from elsewhere in the document (title, URL, attachment line). */
  yearFromContext?: boolean;
  /** Why the year is taken from there. */
  because?: string;
  startTime?: string;
  endTime?: string;
  timePassage?: Passage;
  location?: string;
  locationPassage?: Passage;
  digital?: boolean;
}

export interface Unread {
  line: number;
  text: string;
  reason: string;
}

export interface ParsedDocument {
  shape: DocumentShape;
  title: string;
  /** The document's own date (meeting or publication) and how precise it is. */
  date?: string;
  year?: number;
  /** The page's own date line (see page-date.ts). */
  pageDate?: PageDate;
  /** The year a date written without one takes, and why. */
  years?: YearContext;
  meeting?: FoundMeeting;
  items: FoundItem[];
  invited: PersonMention[];
  present: PersonMention[];
  absent: PersonMention[];
  /** People named elsewhere with a role (member lists, contacts). */
  people: ListedPerson[];
  amounts: (FoundAmount & { passage: Passage })[];
  dates: (FoundDate & { passage: Passage; because?: string })[];
  /** Decisions outside an agenda (running text: "ställde sig bakom ...", "godkändes av ..."). */
  decisions: FoundDecision[];
  /** Agreements the page names, with version words, validity, parts and parties. */
  agreementMentions: AgreementMention[];
  /** Meeting schedules ("Mötestider 2018"). */
  schedules: FoundSchedule[];
  funds: FoundFund[];
  /** Medskick: input given to those preparing a matter. */
  medskick: Passage[];
  /** Other meetings the document mentions (earlier notes, the next meeting). */
  mentionedMeetings: MentionedMeeting[];
  unread: Unread[];
}
