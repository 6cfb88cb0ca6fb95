/**
 * The schema walk: from the API's own introspection, queries that ask every field a client can
 * reach below each root list, to `maxDepth` (`meetings { forum { aliasFacts { name } } }` is a
 * path of depth 3), with every list limited to a few items. Generated rather than written by
 * hand, so a new field is covered the day it is added. The fields are asked in few, large
 * queries (batchUnits); a query that fails is halved until the failing field is alone
 * (src/tools/schema-walk/run.ts), so a failure names its path.
 *
 * What the database must plan is what makes a walk slow (seconds per statement on a busy
 * machine), so a field is asked once per kind of place, not once per path:
 *  - a node type once per depth, through the first path that reaches it there;
 *  - once more per depth where an interface leads to it (`concernedBy { ... on Project { … } }`),
 *    all of an interface's types in the same queries (the generated Cypher covers them all);
 *  - connections, edges and aggregates once per depth and shape: two relationships' connection
 *    types that lead to the same type with the same properties are translated alike.
 * Root lists of an interface (`entities`) come last, so that node types are first reached through
 * their own root lists.
 */
import {
  buildClientSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  Lexer,
  Source,
  TokenKind,
  type IntrospectionQuery,
  parse,
  validate,
} from "graphql";
import { REQUEST_LIMITS } from "../../config/limits.js";

export interface WalkOptions {
  /** Depth of the deepest field asked below a root list (root { a { b { c } } }: c is at 3). */
  maxDepth: number;
  /** `limit` / `first` given to every list and connection. */
  listLimit: number;
  /** Lexical tokens and characters of one query at most (the server's parser limits apply to the walk too). */
  batchTokens: number;
  batchChars: number;
  /** Aliases in one query at most (the walk aliases clashing fields in sibling fragments). */
  batchAliases: number;
}

// Room under the server's parser limits for the merged paths' braces and fragments.
export const DEFAULT_WALK_OPTIONS: WalkOptions = {
  maxDepth: 3,
  listLimit: 2,
  batchTokens: Math.floor(REQUEST_LIMITS.maxLexicalTokens * 0.9),
  batchChars: Math.floor(REQUEST_LIMITS.maxSourceLength * 0.9),
  batchAliases: REQUEST_LIMITS.maxAliases,
};

type Composite = GraphQLObjectType | GraphQLInterfaceType;

/** One step of a path: a field with its arguments, or a fragment on an implementing type. */
type Step = { field: string; args: string } | { on: string };

interface Frame {
  /** The path to the frame's type; a fragment frame's path ends with its `... on Type`. */
  path: Step[];
  type: Composite;
  /** A frame at depth d asks fields at depth d + 1. */
  depth: number;
}

interface Selection {
  /** The field's whole path, for reports. */
  path: string;
  text: string;
}

const isComposite = (type: unknown): type is Composite => isObjectType(type) || isInterfaceType(type);

/** The arguments a walk gives: small pages; null when a required argument cannot be filled. */
function argumentsOf(field: GraphQLField<unknown, unknown>, listLimit: number): string | null {
  const given: string[] = [];
  for (const arg of field.args) {
    const type = getNamedType(arg.type).name;
    if ((arg.name === "limit" || arg.name === "first") && type === "Int") given.push(`${arg.name}: ${listLimit}`);
    else if (arg.name === "offset" && type === "Int" && isNonNullType(arg.type)) given.push("offset: 0");
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) return null;
  }
  return given.length ? `(${given.join(", ")})` : "";
}

export function describePath(path: Step[]): string {
  return path.map((step) => ("on" in step ? `... on ${step.on}` : step.field)).join(" > ");
}

/** The scalar fields of a type, asked wherever the type is a child. */
function leafSelection(type: Composite): string {
  const leaves = Object.values(type.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)));
  return ["__typename", ...leaves.map((f) => f.name)].join(" ");
}

/** A node type has relationship fields (fields that take arguments); the others are connections, edges, aggregates and values. */
function isNodeType(type: Composite): boolean {
  return isInterfaceType(type) || Object.values(type.getFields()).some((f) => f.args.length > 0);
}

/** What a type looks like: a node type is itself, any other type the shape of its fields. */
function shapeOf(type: Composite, depth = 3): string {
  if (isNodeType(type) || depth === 0) return type.name;
  const fields = Object.values(type.getFields()).map((f) => {
    const named = getNamedType(f.type);
    return `${f.name}:${isComposite(named) ? shapeOf(named, depth - 1) : named.name}`;
  });
  return `{${fields.sort().join(",")}}`;
}

function isFragmentFrame(frame: Frame): boolean {
  const last = frame.path[frame.path.length - 1];
  return last !== undefined && "on" in last;
}

function frameKey(frame: Frame): string {
  return `${isFragmentFrame(frame) ? "via-interface:" : ""}${shapeOf(frame.type)}@${frame.depth}`;
}

/** A frame for a composite type, and one per implementing type of an interface. */
function framesFor(path: Step[], type: Composite, depth: number, schema: GraphQLSchema): Frame[] {
  const frames: Frame[] = [{ path, type, depth }];
  if (isInterfaceType(type)) for (const implementation of schema.getPossibleTypes(type)) frames.push({ path: [...path, { on: implementation.name }], type: implementation, depth });
  return frames;
}

/** The root fields that answer a list of nodes (`organisations`, `entities`, ...), interfaces last. */
function rootLists(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  const query = schema.getQueryType();
  if (!query) return [];
  const lists = Object.values(query.getFields()).filter((f) => {
    const type = isNonNullType(f.type) ? f.type.ofType : f.type;
    return isListType(type) && isComposite(getNamedType(f.type)) && !f.name.startsWith("__");
  });
  return [...lists.filter((f) => !isInterfaceType(getNamedType(f.type))), ...lists.filter((f) => isInterfaceType(getNamedType(f.type)))];
}

/** The frame's fields: its scalars (they cost the database nothing beyond the node) and the others. */
function fieldsOf(frame: Frame, options: WalkOptions, schema: GraphQLSchema, enqueue: (frames: Frame[]) => void): { scalars: Selection[]; composites: Selection[] } {
  const scalars: Selection[] = [];
  const composites: Selection[] = [];
  for (const field of Object.values(frame.type.getFields())) {
    const args = argumentsOf(field, options.listLimit);
    if (args === null) continue;
    const named = getNamedType(field.type);
    const step = { field: field.name, args };
    const path = describePath([...frame.path, step]);
    if (isLeafType(named)) scalars.push({ path, text: `${field.name}${args}` });
    else if (!isComposite(named)) composites.push({ path, text: `${field.name}${args} { __typename }` });
    else {
      composites.push({ path, text: `${field.name}${args} { ${leafSelection(named)} }` });
      if (frame.depth + 2 <= options.maxDepth) enqueue(framesFor([...frame.path, step], named, frame.depth + 1, schema));
    }
  }
  return { scalars, composites };
}

/** One field asked at one place: the walk's unit, which a failing batch is split down to. */
export interface WalkUnit {
  /** The place's path (from its root list); `on` when the field is asked on an interface's type. */
  prefix: Step[];
  on?: string;
  /** The field's whole path, for reports. */
  path: string;
  text: string;
}

/** A generated query: the units it asks, its text, and its two halves (to find which unit fails). */
export interface WalkQuery {
  units: WalkUnit[];
  paths: string[];
  query: string;
  halves(): [WalkQuery, WalkQuery] | undefined;
}

interface Branch {
  text: string;
  fields: Set<string>;
  children: Map<string, Branch>;
}

const newBranch = (text: string): Branch => ({ text, fields: new Set(), children: new Map() });
const stepText = (step: Step) => ("on" in step ? `... on ${step.on}` : `${step.field}${step.args}`);

/** The name a field answers under: its own (the walk writes no aliases but those below). */
const responseName = (text: string) => text.match(/^\w+/)![0];

/**
 * The units' paths merged into one selection tree: a root list and a place are written once.
 * Sibling fragments may ask fields of one name with different types (`... on AgendaItem { kind }`,
 * `... on Forum { kind }`), which GraphQL refuses to merge under one response name: such a field
 * gets the alias `T_field` in each fragment `... on T`, and only such a field (the server limits
 * aliases per query).
 */
function render(units: WalkUnit[]): string {
  const root = newBranch("");
  for (const unit of units) {
    let branch = root;
    for (const step of unit.on ? [...unit.prefix, { on: unit.on }] : unit.prefix) {
      const text = stepText(step);
      let child = branch.children.get(text);
      if (!child) branch.children.set(text, (child = newBranch(text)));
      branch = child;
    }
    branch.fields.add(unit.text);
  }
  const namesIn = (branch: Branch) => new Set([...branch.fields, ...branch.children.keys()].map(responseName));
  const body = (branch: Branch, on?: string, clashing = new Set<string>()): string => {
    const named = (text: string) => (on && clashing.has(responseName(text)) ? `${on}_${responseName(text)}: ${text}` : text);
    const fragments = [...branch.children.values()].filter((c) => c.text.startsWith("... on "));
    const seen = new Set<string>();
    const clashes = new Set<string>();
    for (const fragment of fragments) for (const name of namesIn(fragment)) (seen.has(name) ? clashes : seen).add(name);
    const children = [...branch.children.values()].map((c) => {
      const fragmentOn = c.text.startsWith("... on ") ? c.text.slice("... on ".length) : undefined;
      return `${named(c.text)} { ${body(c, fragmentOn, clashes)} }`;
    });
    return ["__typename", ...[...branch.fields].map(named), ...children].join(" ");
  };
  return `query Walk { ${[...root.children.values()].map((c) => `${c.text} { ${body(c)} }`).join(" ")} }`;
}

/** Aliases in a rendered query: only render's `T_field:` ones (arguments are lower-case). */
const aliasCount = (text: string) => text.match(/\b[A-Z]\w*_\w+: /g)?.length ?? 0;

export function walkQuery(units: WalkUnit[]): WalkQuery {
  return {
    units,
    paths: units.map((u) => u.path),
    query: render(units),
    halves: () => (units.length > 1 ? [walkQuery(units.slice(0, units.length >> 1)), walkQuery(units.slice(units.length >> 1))] : undefined),
  };
}

function lexicalTokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/**
 * Units packed into as few queries as the server's limits allow: one root list per query (a
 * root field is a statement of its own), as many of its places as fit `batchTokens` lexical
 * tokens and `batchChars` characters. Few, large statements: Neo4j plans each new statement,
 * and planning, not reading, is what a walk's time goes to.
 */
export function batchUnits(units: WalkUnit[], options: Pick<WalkOptions, "batchTokens" | "batchChars" | "batchAliases">): WalkQuery[] {
  const byRoot = new Map<string, WalkUnit[]>();
  for (const unit of units) {
    const root = stepText(unit.prefix[0]!);
    byRoot.set(root, [...(byRoot.get(root) ?? []), unit]);
  }
  const queries: WalkQuery[] = [];
  for (const group of byRoot.values()) {
    let batch: WalkUnit[] = [];
    for (const unit of group) {
      const text = render([...batch, unit]);
      if (batch.length && (text.length > options.batchChars || aliasCount(text) > options.batchAliases || lexicalTokens(text) > options.batchTokens)) {
        queries.push(walkQuery(batch));
        batch = [];
      }
      batch.push(unit);
    }
    if (batch.length) queries.push(walkQuery(batch));
  }
  return queries;
}

/** Every field the walk asks, place by place, root lists in the order rootLists gives. */
export function walkUnits(introspection: IntrospectionQuery, options: WalkOptions = DEFAULT_WALK_OPTIONS): WalkUnit[] {
  const schema = buildClientSchema(introspection);
  const queue: Frame[] = [];
  for (const root of rootLists(schema)) {
    const args = argumentsOf(root, options.listLimit);
    if (args !== null) queue.push(...framesFor([{ field: root.name, args }], getNamedType(root.type) as Composite, 0, schema));
  }
  // Frames by the path of the place they stand in: an interface's types share their interface's place.
  const places = new Map<string, { prefix: Step[]; frames: { on?: string; scalars: Selection[]; composites: Selection[] }[] }>();
  const seen = new Set<string>();
  while (queue.length) {
    const frame = queue.shift()!;
    // Each root list is walked from its own root; below them, a kind of place once per depth.
    if (frame.depth > 0) {
      const key = frameKey(frame);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const fragment = isFragmentFrame(frame) ? (frame.path[frame.path.length - 1] as { on: string }).on : undefined;
    const prefix = fragment ? frame.path.slice(0, -1) : frame.path;
    const place = `${describePath(prefix)}${fragment ? " (fragments)" : ""}`;
    let group = places.get(place);
    if (!group) places.set(place, (group = { prefix, frames: [] }));
    group.frames.push({ on: fragment, ...fieldsOf(frame, options, schema, (frames) => queue.push(...frames)) });
  }
  return [...places.values()].flatMap(({ prefix, frames }) =>
    frames.flatMap((frame) => [...frame.scalars, ...frame.composites].map((selection) => ({ prefix, ...(frame.on ? { on: frame.on } : {}), path: selection.path, text: selection.text }))),
  );
}

/**
 * The walk's queries: its units, batched, each checked against the schema before it is sent. A
 * query the server would refuse as invalid tests nothing, and halving it to find "the failing
 * path" would only cost the walk its time.
 */
export function walkQueries(introspection: IntrospectionQuery, options: WalkOptions = DEFAULT_WALK_OPTIONS): WalkQuery[] {
  const schema = buildClientSchema(introspection);
  const queries = batchUnits(walkUnits(introspection, options), options);
  for (const query of queries) {
    const errors = validate(schema, parse(query.query));
    if (errors.length) throw new Error(`the schema walk wrote an invalid query (${query.paths[0]} …): ${errors[0]!.message}`);
  }
  return queries;
}
