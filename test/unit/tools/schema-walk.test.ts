/**
 * The schema walk's batching and splitting, against a small executable schema (graphql-js) in
 * which one nested field path fails, as nested aliasFacts once did: the walk, generated from the
 * schema's introspection, asks it inside a batch, and halving the failing batches names exactly
 * that path, without asking every path alone.
 */
import { buildSchema, graphql, introspectionFromSchema, parse, responsePathAsArray, validate, type GraphQLFieldResolver } from "graphql";
import { describe, expect, it } from "vitest";
import { findFailures, type WalkAnswer } from "../../../src/tools/schema-walk/run.js";
import { batchUnits, walkQueries, walkUnits, DEFAULT_WALK_OPTIONS } from "../../../src/tools/schema-walk/walk.js";

const schema = buildSchema(`
  type Query { meetings(limit: Int): [Meeting!]! forums(limit: Int): [Forum!]! people(limit: Int): [Person!]! }
  type Meeting { id: ID! title: String forum(limit: Int): [Forum!]! attendees(limit: Int): [Person!]! }
  type Forum { id: ID! name: String aliasFacts: [AliasFact!]! meetings(limit: Int): [Meeting!]! }
  type AliasFact { name: String because: String }
  type Person { id: ID! name: String memberOf(limit: Int): [Forum!]! }
`);

const person = { id: "p1", name: "Anna", memberOf: () => [forum] };
const forum: Record<string, unknown> = { id: "f1", name: "SRO", aliasFacts: [{ name: "Styrgruppen", because: null }], meetings: () => [meeting] };
const meeting = { id: "m1", title: "Möte", forum: () => [forum], attendees: () => [person] };
const root = { meetings: () => [meeting], forums: () => [forum], people: () => [person] };

/** Fails `meetings > forum > aliasFacts` only, the way a broken generated statement fails its field. */
const failingAt =
  (broken: string): GraphQLFieldResolver<Record<string, unknown>, unknown> =>
  (source, _args, _context, info) => {
    const path = responsePathAsArray(info.path).filter((key) => typeof key === "string").join(" > ");
    if (path === broken) throw new Error("Variable `this` not defined");
    const value = source[info.fieldName];
    return typeof value === "function" ? (value as () => unknown)() : value;
  };

function executor(broken: string | undefined, asked: string[]): (query: string) => Promise<WalkAnswer> {
  return async (query) => {
    asked.push(query);
    const result = await graphql({ schema, source: query, rootValue: root, fieldResolver: broken ? failingAt(broken) : undefined });
    return { status: 200, errors: (result.errors ?? []).map((e) => ({ message: e.message, extensions: { code: "INTERNAL_SERVER_ERROR" } })) };
  };
}

describe("the schema walk's batches", () => {
  const units = walkUnits(introspectionFromSchema(schema), DEFAULT_WALK_OPTIONS);

  it("asks every field at every place to depth 3, the nested aliasFacts included", () => {
    const paths = units.map((u) => u.path);
    expect(paths).toContain("meetings > forum > aliasFacts");
    expect(paths.some((p) => p.split(" > ").length === 4)).toBe(true);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("packs the units into one query per root list when they fit, and a smaller budget into more", () => {
    expect(batchUnits(units, DEFAULT_WALK_OPTIONS)).toHaveLength(3);
    const small = batchUnits(units, { batchTokens: 60, batchChars: 10_000, batchAliases: 20 });
    expect(small.length).toBeGreaterThan(3);
    expect(small.flatMap((q) => q.paths).sort()).toEqual(units.map((u) => u.path).sort());
  });

  it("names exactly the failing paths, by halving the failing batches only", async () => {
    const asked: string[] = [];
    const queries = batchUnits(units, { batchTokens: 120, batchChars: 10_000, batchAliases: 20 });
    const { failures } = await findFailures(queries, executor("meetings > forum > aliasFacts", asked), { concurrency: 2 });
    // The broken field, and the paths that go through it, each named alone.
    const broken = units.map((u) => u.path).filter((p) => p.startsWith("meetings > forum > aliasFacts"));
    expect(broken.length).toBeGreaterThan(1);
    expect(failures.map((f) => f.path).sort()).toEqual(broken.sort());
    for (const failure of failures) {
      expect(failure.codes).toEqual(["INTERNAL_SERVER_ERROR"]);
      expect(failure.message).toMatch(/this/);
    }
    // A binary search: far fewer queries than asking every path alone.
    expect(asked.length).toBeLessThanOrEqual(queries.length + broken.length * 2 * Math.ceil(Math.log2(units.length)));
    expect(asked.length).toBeLessThan(units.length);
  });

  it("reports nothing, and asks each batch once, when every path answers", async () => {
    const asked: string[] = [];
    const queries = batchUnits(units, DEFAULT_WALK_OPTIONS);
    const { failures } = await findFailures(queries, executor(undefined, asked));
    expect(failures).toEqual([]);
    expect(asked).toHaveLength(queries.length);
  });

  it("writes valid queries where sibling fragments ask one field name with two types, within the alias limit", () => {
    const withInterface = buildSchema(`
      type Query { things(limit: Int): [Thing!]! }
      interface Thing { id: ID! }
      enum ForumKind { SRO VVG }
      enum ItemKind { DECISION INFORMATION }
      type Forum implements Thing { id: ID! kind: ForumKind items(limit: Int): [Item!]! }
      type Item implements Thing { id: ID! kind: ItemKind forum(limit: Int): [Forum!]! }
    `);
    const introspection = introspectionFromSchema(withInterface);
    const texts = walkQueries(introspection, DEFAULT_WALK_OPTIONS).map((q) => q.query);
    for (const text of texts) expect(validate(withInterface, parse(text))).toEqual([]);
    expect(texts.join(" ")).toMatch(/Forum_kind: kind/);
    expect(texts.join(" ")).toMatch(/Item_kind: kind/);
    // A field no sibling fragment asks keeps its own name.
    expect(texts.join(" ")).toMatch(/\.\.\. on Forum \{[^}]* items\(limit: 2\)/);
    // Under a tighter alias limit, more queries, each valid and within it.
    const tight = walkQueries(introspection, { ...DEFAULT_WALK_OPTIONS, batchAliases: 1 }).map((q) => q.query);
    expect(tight.length).toBeGreaterThan(texts.length);
    for (const text of tight) {
      expect(validate(withInterface, parse(text))).toEqual([]);
      expect(text.match(/\b[A-Z]\w*_\w+: /g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });
});
