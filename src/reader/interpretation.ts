/** What the reader of questions gives back (read.ts): the reading it chose, or why it chose none. */

export type AskOutcome = "ANSWERED" | "AMBIGUOUS" | "UNREADABLE";

export interface LinkedEntity {
  id: string;
  name: string;
  type: string;
  /** The entity's date (a meeting's day), when it has one. */
  date: string | null;
}

/** One way of reading the question. */
export interface Reading {
  /** The registry question it is ("document-dependencies", …). */
  kind: string;
  /** Its GraphQL field and the variables that ask it. */
  field: string;
  variables: Record<string, unknown>;
  entities: LinkedEntity[];
  asOf: string | null;
  from: string | null;
  to: string | null;
  /** An amount in the question, in kronor. */
  amount: number | null;
  /** 0–1: how well the phrasing fits times how surely the subject was found. */
  confidence: number;
  /** "beroenden till Hälso- och sjukvårdsavtalet …, per 2026-12-06". */
  reading: string;
}

export interface Interpretation {
  question: string;
  outcome: AskOutcome;
  /** Swedish: "Tolkar som: …", "Menar du …?" or "Jag kan inte läsa frågan …". */
  message: string;
  /** The reading answered (ANSWERED), or the best one that was not sure enough. */
  chosen: Reading | null;
  /** Other readings with their scores, best first. */
  alternatives: Reading[];
  /** What the reader assumed ("året är inte utskrivet: 2026"). */
  notes: string[];
  /** Questions it can answer, offered when it cannot read this one. */
  examples: string[];
}
