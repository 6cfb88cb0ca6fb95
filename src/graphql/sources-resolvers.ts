/**
 * The field `sources` of every node type and relationship (the field group Sources): built in the
 * app from the ids and quotes the fact stores (src/sources/citations.ts), instead of a Cypher
 * sub-query per occurrence in the statement @neo4j/graphql generates. The documents cited anywhere
 * in one request are read once, by one statement (request-loader.ts).
 */
import { Kind, parse } from "graphql";
import type { Driver } from "neo4j-driver";
import { databaseOf } from "../questions/shared/run.js";
import { requestLoader } from "./request-loader.js";
import { citationsOf, readDocumentRefs, type Citation, type CitationDatabase, type SourceDocumentRef, type StatementRunner } from "../sources/citations.js";

/** What @neo4j/graphql hands the resolver: the fields the directive `@customResolver(requires: …)` names. */
interface CitingFact {
  sourceDocuments?: (string | null)[] | null;
  sourceQuotes?: string[] | null;
}

/** The request's own session or transaction when its context brings one, else its driver (or the schema's). */
function citationDatabase(context: object, driver: Driver | undefined): CitationDatabase {
  const given = (context as { executionContext?: unknown }).executionContext as Partial<Driver & StatementRunner> | undefined;
  if (given && typeof given.executeQuery !== "function" && typeof given.run === "function") return { queryRunner: given as StatementRunner };
  return databaseOf(context, driver);
}

type SourcesResolver = (fact: CitingFact, args: unknown, context: object) => Promise<Citation[]>;

/** `driver`: the schema's own, for a request whose context brings none (as @neo4j/graphql allows). */
const resolveSourcesWith = (driver: Driver | undefined): SourcesResolver => async (fact, _args, context) => {
  const documents = fact.sourceDocuments ?? [];
  const quotes = fact.sourceQuotes ?? [];
  if (quotes.length === 0) return [];
  const ids = [...new Set(documents.filter((id): id is string => typeof id === "string"))];
  const db = citationDatabase(context, driver);
  const found = await requestLoader(context, "source-documents", (batch) => readDocumentRefs(db, batch)).loadMany(ids);
  const refs = new Map<string, SourceDocumentRef>();
  for (const ref of found) {
    if (ref instanceof Error) throw ref;
    if (ref) refs.set(ref.id, ref);
  }
  return citationsOf(documents, quotes, refs);
};

/** A resolver of `sources` for every object type whose `sources` the schema marks `@customResolver`. */
export function sourcesResolvers(typeDefs: string, driver?: Driver): Record<string, { sources: SourcesResolver }> {
  const resolveSources = resolveSourcesWith(driver);
  const resolvers: Record<string, { sources: SourcesResolver }> = {};
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const sources = definition.fields?.find((f) => f.name.value === "sources");
    if (sources?.directives?.some((d) => d.name.value === "customResolver")) resolvers[definition.name.value] = { sources: resolveSources };
  }
  return resolvers;
}
