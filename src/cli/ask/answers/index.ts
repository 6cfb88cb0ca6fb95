/**
 * One formatter per question of the registry, each typed by the generated type of the question's
 * operation; a question without a formatter fails the typecheck.
 */
import type {
  DocumentDependenciesQuery,
  DocumentsInForceQuery,
  ForumPositionsQuery,
  FundFlowQuery,
  GovernanceChainQuery,
  ImpactQuery,
  MeetingAttendanceQuery,
  NeighbourhoodQuery,
  PersonActivityQuery,
  SearchQuery,
  TimelineQuery,
  UpcomingMeetingsQuery,
  EventsQuery,
  AgreementVersionsQuery,
  AgreementDiffQuery,
} from "../../../generated/graphql.js";
import type { QuestionName } from "../../../questions/registry.js";
import type { Report } from "../text.js";
import { formatDocumentDependencies } from "./document-dependencies.js";
import { formatDocumentsInForce } from "./documents-in-force.js";
import { formatForumPositions } from "./forum-positions.js";
import { formatFundFlow } from "./fund-flow.js";
import { formatGovernanceChain } from "./governance-chain.js";
import { formatImpact } from "./impact.js";
import { formatMeetingAttendance } from "./meeting-attendance.js";
import { formatNeighbourhood } from "./neighbourhood.js";
import { formatPersonActivity } from "./person-activity.js";
import { formatSearch } from "./search.js";
import { formatTimeline } from "./timeline.js";
import { formatUpcomingMeetings } from "./upcoming-meetings.js";
import { formatEvents } from "./events.js";
import { formatAgreementVersions } from "./agreement-versions.js";
import { formatAgreementDiff } from "./agreement-diff.js";

/** The data each question's operation answers. */
export interface Answers {
  "document-dependencies": DocumentDependenciesQuery;
  "governance-chain": GovernanceChainQuery;
  "fund-flow": FundFlowQuery;
  timeline: TimelineQuery;
  "person-activity": PersonActivityQuery;
  "meeting-attendance": MeetingAttendanceQuery;
  "forum-positions": ForumPositionsQuery;
  search: SearchQuery;
  impact: ImpactQuery;
  neighbourhood: NeighbourhoodQuery;
  "documents-in-force": DocumentsInForceQuery;
  "upcoming-meetings": UpcomingMeetingsQuery;
  events: EventsQuery;
  "agreement-versions": AgreementVersionsQuery;
  "agreement-diff": AgreementDiffQuery;
}

const FORMATTERS: { [N in QuestionName]: (data: Answers[N], out: Report) => void } = {
  "document-dependencies": formatDocumentDependencies,
  "governance-chain": formatGovernanceChain,
  "fund-flow": formatFundFlow,
  timeline: formatTimeline,
  "person-activity": formatPersonActivity,
  "meeting-attendance": formatMeetingAttendance,
  "forum-positions": formatForumPositions,
  search: formatSearch,
  impact: formatImpact,
  neighbourhood: formatNeighbourhood,
  "documents-in-force": formatDocumentsInForce,
  "upcoming-meetings": formatUpcomingMeetings,
  events: formatEvents,
  "agreement-versions": formatAgreementVersions,
  "agreement-diff": formatAgreementDiff,
};

export function formatAnswer<N extends QuestionName>(name: N, data: Answers[N], out: Report): void {
  FORMATTERS[name](data, out);
}
