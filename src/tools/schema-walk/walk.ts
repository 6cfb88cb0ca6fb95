/**
 * The schema walk: from the API's own introspection, queries that ask every field a client can
 * reach below each root list, to `maxDepth` (`meetings { forum { aliasFacts { name } } }` is a
 * path of depth 3), with every list limited to a few items. Generated rather than written by
 * hand, so a new field is covered the day it is added. A query that fails is asked again field
 * by field (src/tools/schema-walk/run.ts), so a failure names its path.
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
  type IntrospectionQuery,
} from "graphql";

export interface WalkOptions {
  /** Depth of the deepest field asked below a root list (root { a { b { c } } }: c is at 3). */
  maxDepth: number;
  /** `limit` / `first` given to every list and connection. */
  listLimit: number;
  /** Fields with a selection of their own per query at most (the server's limits apply to the walk too). */
  fieldsPerQuery: number;
}

export const DEFAULT_WALK_OPTIONS: WalkOptions = { maxDepth: 3, listLimit: 2, fieldsPerQuery: 12 };

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

/** A generated query: the fields it asks (as readable paths), its text, and the same fields one query each. */
export interface WalkQuery {
  paths: string[];
  query: string;
  oneByOne(): WalkQuery[];
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

function wrap(path: Step[], inner: string): string {
  return path.reduceRight((body, step) => ("on" in step ? `... on ${step.on} { ${body} }` : `${step.field}${step.args} { ${body} }`), inner);
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

type Part = { on?: string; selections: Selection[] };

/** One query: a place's path, and what is asked there (on the place's type, or on its interface's types). */
function walkQuery(prefix: Step[], parts: Part[]): WalkQuery {
  const body = (part: Part) => {
    const fields = ["__typename", ...part.selections.map((s) => s.text)].join(" ");
    return part.on ? `... on ${part.on} { ${fields} }` : fields;
  };
  return {
    paths: parts.flatMap((p) => p.selections.map((s) => s.path)),
    query: `query Walk { ${wrap(prefix, parts.map(body).join(" "))} }`,
    oneByOne: () => parts.flatMap((p) => p.selections.map((s) => walkQuery(prefix, [{ on: p.on, selections: [s] }]))),
  };
}

/** A place's queries: all scalars in one, the other fields `perQuery` at a time (an interface's types side by side). */
function placeQueries(prefix: Step[], frames: { on?: string; scalars: Selection[]; composites: Selection[] }[], perQuery: number): WalkQuery[] {
  const queries: WalkQuery[] = [];
  const scalarParts = frames.filter((f) => f.scalars.length).map((f) => ({ on: f.on, selections: f.scalars }));
  if (scalarParts.length) queries.push(walkQuery(prefix, scalarParts));
  const items = frames.flatMap((f) => f.composites.map((selection) => ({ on: f.on, selection })));
  for (let i = 0; i < items.length; i += perQuery) {
    const parts: Part[] = [];
    for (const { on, selection } of items.slice(i, i + perQuery)) {
      const last = parts[parts.length - 1];
      if (last && last.on === on) last.selections.push(selection);
      else parts.push({ on, selections: [selection] });
    }
    queries.push(walkQuery(prefix, parts));
  }
  return queries;
}

export function walkQueries(introspection: IntrospectionQuery, options: WalkOptions = DEFAULT_WALK_OPTIONS): WalkQuery[] {
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
  return [...places.values()].flatMap(({ prefix, frames }) => placeQueries(prefix, frames, options.fieldsPerQuery));
}
