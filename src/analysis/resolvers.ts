/** The resolvers of the analyst queries (schema/60-analysis.graphql), one module per question. */
import { documentDependencies } from "./dependencies.js";
import { fundFlow } from "./fund-flow.js";
import { governanceChain } from "./governance.js";
import { impact } from "./impact.js";
import { neighbourhood } from "./neighbourhood.js";
import { forumPositions, meetingAttendance, personActivity } from "./people.js";
import { search } from "./search.js";
import { timeline } from "./timeline.js";

export const analysisResolvers = {
  Query: {
    documentDependencies,
    governanceChain,
    fundFlow,
    timeline,
    personActivity,
    meetingAttendance,
    forumPositions,
    search,
    impact,
    neighbourhood,
  },
};
