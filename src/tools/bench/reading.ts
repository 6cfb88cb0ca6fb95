/**
 * The bench case of reading a question in Swedish: a fixed set of the evaluation's questions
 * (test/fixtures/ask/questions.txt, every eighth line, so every kind and outcome is in it), each
 * read by the reader alone (the interpretation, as `ask` makes it, in this process) and, for a
 * question read surely, answered by its chosen question's own resolver with the reading's
 * variables: the table shows the answer's own time and what reading adds to it. Also this
 * process's CPU per reading and the database round trips a reading makes, figures a loaded
 * machine changes less than wall time; and the search's subject index, built before the first
 * round (its nodes, build time and heap), so the rounds read from it.
 */
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../../config/paths.js";
import { servedKinds } from "../../reader/kinds.js";
import { interpret } from "../../reader/resolver.js";
import { questionModule } from "../../questions/server.js";
import { subjectIndexOf } from "../../questions/search/index/current.js";
import { SubjectIndex } from "../../questions/search/index/subject-index.js";
import { readEvalQuestions } from "../ask-eval/fixtures.js";
import { summarise, type Summary } from "./stats.js";

/** The day the evaluation's questions are written from ("idag", "förra året"). */
const TODAY = "2026-12-06";
/** Every n-th question of the evaluation's fixtures, in file order. */
const EVERY = 8;

export interface ReadingResult {
  questions: number;
  rounds: number;
  /** The reading alone: dates, amounts, phrasings, the subject's links. */
  reading: Summary;
  /** The chosen question's own resolver, for the questions read as ANSWERED. */
  answer: Summary;
  /** Reading and then answering, for the questions read as ANSWERED. */
  readingAndAnswer: Summary;
  answered: number;
  cpuMsPerReading: number;
  roundTripsPerReading: number;
  /** The search's subject index, built before the first round: null when the graph is over its cap (Lucene gathers). */
  subjectIndex: SubjectIndexFigures | null;
}

export interface SubjectIndexFigures {
  nodes: number;
  words: number;
  buildMs: number;
  /** The heap one index keeps (its nodes and word lists): what five more copies take, after a full garbage collection each side, over five. */
  heapMb: number;
}

/** A full garbage collection, so that a heap delta is what stays allocated. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/** Builds the subject index of the graph's current version, timed, with the heap it keeps. */
async function buildSubjectIndex(driver: Driver): Promise<SubjectIndexFigures | null> {
  const started = performance.now();
  const index = await subjectIndexOf({ driver, database: "neo4j" });
  const buildMs = performance.now() - started;
  if (!index) return null;
  const COPIES = 5;
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const copies = Array.from({ length: COPIES }, () => new SubjectIndex(structuredClone(index.nodes)));
  collectGarbage();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / COPIES / 1024 / 1024;
  return { nodes: copies[0]!.size, words: index.vocabulary.words, buildMs, heapMb };
}

/** The fixed questions of the case. */
export function readingQuestions(): string[] {
  return readEvalQuestions(join(projectRoot, "test", "fixtures", "ask", "questions.txt"))
    .filter((_, i) => i % EVERY === 0)
    .map((q) => q.question);
}

/** A driver that counts the statements sent through it. */
function countingDriver(driver: Driver): { driver: Driver; count: () => number } {
  let n = 0;
  const counted = new Proxy(driver, {
    get(target, property, receiver) {
      if (property === "executeQuery") {
        return (...args: Parameters<Driver["executeQuery"]>) => {
          n++;
          return target.executeQuery(...args);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { driver: counted, count: () => n };
}

/** Each question read (and answered when sure) once per round, after `warmup` rounds. */
export async function measureReading(driver: Driver, questions: readonly string[], rounds: number, warmup: number): Promise<ReadingResult> {
  const { driver: counted, count } = countingDriver(driver);
  const context = { executionContext: counted, sessionConfig: { database: "neo4j" } };
  const subjectIndex = await buildSubjectIndex(counted);
  const reading: number[] = [];
  const answer: number[] = [];
  const both: number[] = [];
  let cpuMicros = 0;
  let roundTrips = 0;
  let answered = 0;
  for (let round = 0; round < warmup + rounds; round++) {
    const measured = round >= warmup;
    for (const question of questions) {
      const before = count();
      const cpu = process.cpuUsage();
      let started = performance.now();
      const interpretation = await interpret(question, TODAY, context);
      const readMs = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const chosen = interpretation.chosen;
      if (measured) {
        reading.push(readMs);
        cpuMicros += used.user + used.system;
        roundTrips += count() - before;
      }
      if (interpretation.outcome !== "ANSWERED" || !chosen) continue;
      const kind = servedKinds().find((k) => k.question.name === chosen.kind)!;
      const resolver = await questionModule(kind.question);
      started = performance.now();
      await resolver.resolve(null, chosen.variables, context);
      const answerMs = performance.now() - started;
      if (measured) {
        answer.push(answerMs);
        both.push(readMs + answerMs);
        answered++;
      }
    }
  }
  const readings = questions.length * rounds;
  return {
    questions: questions.length,
    rounds,
    reading: summarise(reading),
    answer: summarise(answer),
    readingAndAnswer: summarise(both),
    answered: answered / rounds,
    cpuMsPerReading: cpuMicros / 1000 / readings,
    roundTripsPerReading: roundTrips / readings,
    subjectIndex,
  };
}

const ms = (n: number) => n.toFixed(1);

/** The case's rows for bench.md. */
export function readingReport(label: string, r: ReadingResult): string[] {
  return [
    `Reading a question in Swedish (${label}): ${r.questions} fixture questions × ${r.rounds} rounds, in-process; ${r.answered} of them are answered. Reading: ${r.cpuMsPerReading.toFixed(1)} ms of this process's CPU and ${r.roundTripsPerReading.toFixed(2)} database round trips per question.`,
    "",
    "| graph | what | median ms | p95 ms | samples |",
    "|---|---|---:|---:|---:|",
    `| ${label} | reading alone (every question) | ${ms(r.reading.median)} | ${ms(r.reading.p95)} | ${r.reading.runs} |`,
    `| ${label} | the answer's own time (answered questions) | ${ms(r.answer.median)} | ${ms(r.answer.p95)} | ${r.answer.runs} |`,
    `| ${label} | reading, then the answer (answered questions) | ${ms(r.readingAndAnswer.median)} | ${ms(r.readingAndAnswer.p95)} | ${r.readingAndAnswer.runs} |`,
    "",
    r.subjectIndex
      ? `The search's subject index: ${r.subjectIndex.nodes} nodes, ${r.subjectIndex.words} words; built in ${ms(r.subjectIndex.buildMs)} ms (one statement and the index), about ${r.subjectIndex.heapMb.toFixed(1)} MB of heap.`
      : "The search's subject index: none (the graph is over its cap); the search gathers with Lucene.",
  ];
}
