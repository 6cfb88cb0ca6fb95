/**
 * The registry of analyst questions: the one list. The server (resolvers, SDL, warm-up), the CLI
 * (commands and help), the explore page (views and routes), GraphiQL (example tabs), the
 * benchmark and the docs table are all derived from it. Plain data: the explore page's bundle
 * imports it too. Adding a question is one folder in src/questions/ and one line here.
 */
import type { QuestionDefinition, QuestionView } from "./definition.js";
import { documentDependencies } from "./document-dependencies/question.js";
import { forumPositions } from "./forum-positions/question.js";
import { fundFlow } from "./fund-flow/question.js";
import { governanceChain } from "./governance-chain/question.js";
import { impact } from "./impact/question.js";
import { meetingAttendance } from "./meeting-attendance/question.js";
import { neighbourhood } from "./neighbourhood/question.js";
import { personActivity } from "./person-activity/question.js";
import { search } from "./search/question.js";
import { timeline } from "./timeline/question.js";

export const QUESTIONS = [
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
] as const satisfies readonly QuestionDefinition[];

export type Question = (typeof QUESTIONS)[number];
export type QuestionName = Question["name"];

export function questionNamed(name: string): Question | undefined {
  return QUESTIONS.find((q) => q.name === name);
}

/** The question and the form of it that a CLI word (Swedish, or the question's name) asks. */
export function questionForCommand(word: string): { question: Question; fixed: Readonly<Record<string, string | number | boolean>> } | undefined {
  const w = word.toLowerCase();
  for (const question of QUESTIONS) {
    const command = question.commands.find((c) => c.word === w);
    if (command) return { question, fixed: "fixed" in command ? command.fixed : {} };
  }
  const question = questionNamed(w);
  return question ? { question, fixed: "fixed" in question.commands[0] ? question.commands[0].fixed : {} } : undefined;
}

/** The question and view that an explore path segment shows. */
export function viewForPath(path: string): { question: Question; view: QuestionView } | undefined {
  for (const question of QUESTIONS) {
    const view = (question.views as readonly QuestionView[]).find((v) => v.path === path);
    if (view) return { question, view };
  }
  return undefined;
}
