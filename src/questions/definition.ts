/**
 * What the registry says about an analyst question: plain data (question.json in the question's
 * folder), with no server code, so the server, the CLI and the explore page's bundle all read the
 * same list. The question's folder (src/questions/<name>/) holds the rest: its SDL
 * (schema.graphql), its Cypher (query.cypher), its resolver (resolver.ts) and its GraphiQL example
 * (example.graphql, example.variables.json).
 */
import type { EntityTypeName } from "../model/entity-types.js";

export interface Words {
  sv: string;
  en: string;
}

/**
 * One way to show the question on the explore page: `/explore/<id>/<path>` for an entity of one
 * of `types` (the entity page itself when `path` is empty), or `/explore/<path>` when the question
 * is about no one entity (search). `fixed` are variables this view always sets.
 */
export interface QuestionView {
  path: string;
  title: string;
  types: readonly EntityTypeName[];
  fixed?: Readonly<Record<string, string | number | boolean>>;
}

/** One CLI command word (Swedish) for the question; `fixed` as for views. */
export interface QuestionCommand {
  word: string;
  fixed?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * One way of asking the question in Swedish, for the reader of questions (src/reader/). A pattern
 * is words in order: `(a|b c)` one of several, `[a]` or `[a|b]` optional, `beslut*` any word that
 * begins so, `{subject}` what the question is about (named as people name it: the reader finds the
 * entity), `{date}` and `{amount}` a date or an amount the question must hold. Words match in any
 * inflection and with a typing error; words the pattern does not name lower the fit.
 */
export interface PhrasingForm {
  /** Variables this way of asking sets (as a view's or a command's `fixed`; a list for a list argument: "överenskommelser" sets `kinds`). */
  fixed?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
  /** How the reader says what it read, with `{subject}` for the entity's name: "beroenden till {subject}". */
  reading: string;
  patterns: readonly string[];
}

/**
 * The question's Swedish phrasings. `dates` says what a date in the question is to it: its period
 * (the arguments `from` and `to`), the day its answer holds (`asOf`), what finds its subject (a
 * meeting by its day), or nothing.
 */
export interface Phrasings {
  dates: "period" | "asOf" | "subject" | "none";
  forms: readonly PhrasingForm[];
  /** Questions it answers on the seed graph, as people ask them: offered when a question cannot be read. */
  examples: readonly string[];
}

export interface QuestionDefinition {
  /** The one name: folder, example file, bench case, CLI command (beside the Swedish words). */
  name: string;
  /** The GraphQL query field that answers it. */
  field: string;
  /** The question as an analyst asks it: the GraphiQL tab's title, the CLI help, the docs table. */
  asked: Words;
  /** A short name of the answer: headings and menus. */
  label: Words;
  /** What the answer holds, in one sentence. */
  description: Words;
  /**
   * The argument that names what the question is about and the entity types it may name: an
   * entity (`id`, or `forum` where the API names it so), a text, or nothing (a question about the
   * whole graph on a date, such as the documents in force).
   */
  subject: { argument: "id" | "forum"; types: readonly EntityTypeName[] } | { argument: "text" | "none"; types: readonly [] };
  views: readonly QuestionView[];
  commands: readonly QuestionCommand[];
  /** How it is asked in Swedish (for the reader of questions). */
  phrasings: Phrasings;
}
