/**
 * The registry of analyst questions: the one list. The server (resolvers, SDL, warm-up), the CLI
 * (commands and help), the explore page (views and routes), GraphiQL (example tabs), the
 * benchmark and the docs table are all derived from it. Each question's entry is data, its
 * folder's question.json; the explore page's bundle imports this module too. Adding a question is
 * one folder in src/questions/ and one line here.
 */
import { ENTITY_TYPES, type EntityTypeName } from "../model/entity-types.js";
import type { Phrasings, QuestionCommand, QuestionDefinition, QuestionView } from "./definition.js";
import documentDependencies from "./document-dependencies/question.json" with { type: "json" };
import documentsInForce from "./documents-in-force/question.json" with { type: "json" };
import forumPositions from "./forum-positions/question.json" with { type: "json" };
import fundFlow from "./fund-flow/question.json" with { type: "json" };
import governanceChain from "./governance-chain/question.json" with { type: "json" };
import impact from "./impact/question.json" with { type: "json" };
import meetingAttendance from "./meeting-attendance/question.json" with { type: "json" };
import neighbourhood from "./neighbourhood/question.json" with { type: "json" };
import personActivity from "./person-activity/question.json" with { type: "json" };
import search from "./search/question.json" with { type: "json" };
import timeline from "./timeline/question.json" with { type: "json" };
import upcomingMeetings from "./upcoming-meetings/question.json" with { type: "json" };
import events from "./events/question.json" with { type: "json" };
import agreementVersions from "./agreement-versions/question.json" with { type: "json" };
import agreementDiff from "./agreement-diff/question.json" with { type: "json" };

/** Entity types as question.json gives them: a list, or "any". */
type TypesInFile = readonly string[] | string;
interface QuestionFile extends Omit<QuestionDefinition, "subject" | "views" | "phrasings"> {
  subject: { argument: string; types: TypesInFile };
  views: readonly (Omit<QuestionView, "types"> & { types: TypesInFile })[];
  phrasings: Omit<Phrasings, "dates"> & { dates: string };
}

const DATE_USES: readonly Phrasings["dates"][] = ["period", "asOf", "subject", "none"];

function datesOf(dates: string, where: string): Phrasings["dates"] {
  if (!(DATE_USES as readonly string[]).includes(dates)) throw new Error(`${where}: "phrasings.dates" is one of ${DATE_USES.join(", ")}, found "${dates}"`);
  return dates as Phrasings["dates"];
}

function typesOf(types: TypesInFile, where: string): readonly EntityTypeName[] {
  if (types === "any") return ENTITY_TYPES;
  if (typeof types === "string") throw new Error(`${where}: "types" is a list of entity types or "any", found "${types}"`);
  return types as readonly EntityTypeName[];
}

/** A question's entry, checked to be the folder it is filed under (the unit test checks the rest of its shape). */
function entry<N extends string>(name: N, file: QuestionFile): QuestionDefinition & { name: N } {
  if (file.name !== name) throw new Error(`src/questions/${name}/question.json: "name" must be "${name}", found "${file.name}"`);
  const where = `src/questions/${name}/question.json`;
  const argument = file.subject.argument;
  if (!["id", "forum", "text", "none"].includes(argument)) throw new Error(`${where}: subject.argument is "id", "forum", "text" or "none", found "${argument}"`);
  const subject = argument === "text" || argument === "none" ? { argument: argument as "text" | "none", types: [] as const } : { argument: argument as "id" | "forum", types: typesOf(file.subject.types, where) };
  const phrasings = { ...file.phrasings, dates: datesOf(file.phrasings.dates, where) };
  return { ...file, name, subject, phrasings, views: file.views.map((v) => ({ ...v, types: typesOf(v.types, where) })) };
}

export const QUESTIONS = [
  entry("document-dependencies", documentDependencies),
  entry("governance-chain", governanceChain),
  entry("fund-flow", fundFlow),
  entry("timeline", timeline),
  entry("person-activity", personActivity),
  entry("meeting-attendance", meetingAttendance),
  entry("forum-positions", forumPositions),
  entry("search", search),
  entry("impact", impact),
  entry("neighbourhood", neighbourhood),
  entry("documents-in-force", documentsInForce),
  entry("upcoming-meetings", upcomingMeetings),
  entry("events", events),
  entry("agreement-versions", agreementVersions),
  entry("agreement-diff", agreementDiff),
] as const;

export type Question = (typeof QUESTIONS)[number];
export type QuestionName = Question["name"];

export function questionNamed(name: string): Question | undefined {
  return QUESTIONS.find((q) => q.name === name);
}

const fixedOf = (form: QuestionCommand | QuestionView): Readonly<Record<string, string | number | boolean>> => form.fixed ?? {};

/** The entry of a question by its name; an unknown name is a programming error. */
export function questionEntry(name: QuestionName): Question {
  return questionNamed(name)!;
}

/** The question and the form of it that a CLI word (Swedish, or the question's name) asks. */
export function questionForCommand(word: string): { question: Question; fixed: Readonly<Record<string, string | number | boolean>> } | undefined {
  const w = word.toLowerCase();
  for (const question of QUESTIONS) {
    const command = question.commands.find((c) => c.word === w);
    if (command) return { question, fixed: fixedOf(command) };
  }
  const question = questionNamed(w);
  return question ? { question, fixed: fixedOf(question.commands[0]!) } : undefined;
}

/** The question and view that an explore path segment shows. */
export function viewForPath(path: string): { question: Question; view: QuestionView } | undefined {
  for (const question of QUESTIONS) {
    const view = question.views.find((v) => v.path === path);
    if (view) return { question, view };
  }
  return undefined;
}
