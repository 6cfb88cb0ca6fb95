/**
 * Field groups: fields that many types share, written once in the SDL.
 *
 *   type Sources @fieldGroup { sourceDocuments: [String!]! ... }   defines a group;
 *   a line `...Sources` in a type's field list                     stands for its fields, there.
 *
 * The spread line is replaced by the group's fields in place, so fields keep the order they are
 * read in (and so does everything @neo4j/graphql generates from them). The groups themselves are
 * dropped: they are not types of the API. graphql-js parses and prints; this module only moves
 * field definitions between the parsed documents.
 */
import {
  GraphQLError,
  Kind,
  Source,
  getLocation,
  parse,
  print,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type InterfaceTypeExtensionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from "graphql";

/** SDL text and the name messages give it (a path relative to the project). */
export interface SdlSource {
  name: string;
  body: string;
}

export class SchemaSourceError extends Error {
  override name = "SchemaSourceError";
}

const FIELD_GROUP_DIRECTIVE = "fieldGroup";
/** A line holding nothing but `...Name`. */
const SPREAD_LINE = /^([ \t]*)\.\.\.([_A-Za-z][_0-9A-Za-z]*)[ \t]*$/gm;
/**
 * A spread is parsed as a field with this prefix and the group's name, so graphql-js reads the
 * file as it is written and the spread keeps its place (and line) among the fields.
 */
const SPREAD_FIELD_PREFIX = "__fieldGroup__";

interface ParsedSource {
  source: Source;
  document: DocumentNode;
  /** Line numbers of the spread lines, to find any that is not in a field list. */
  spreadLines: number[];
}

interface FieldGroup {
  name: string;
  source: Source;
  where: string;
  fields: readonly FieldDefinitionNode[];
}

type TypeWithFields = ObjectTypeDefinitionNode | ObjectTypeExtensionNode | InterfaceTypeDefinitionNode | InterfaceTypeExtensionNode;
const KINDS_WITH_FIELDS = new Set<string>([Kind.OBJECT_TYPE_DEFINITION, Kind.OBJECT_TYPE_EXTENSION, Kind.INTERFACE_TYPE_DEFINITION, Kind.INTERFACE_TYPE_EXTENSION]);

function parseSource({ name, body }: SdlSource): ParsedSource {
  const spreadLines: number[] = [];
  const text = body.replace(SPREAD_LINE, (_line, indent: string, group: string, offset: number) => {
    spreadLines.push(body.slice(0, offset).split("\n").length);
    return `${indent}${SPREAD_FIELD_PREFIX}${group}: Boolean`;
  });
  const source = new Source(text, name);
  try {
    return { source, document: parse(source), spreadLines };
  } catch (error) {
    // GraphQLError's text names the file, line and column and shows the line.
    if (error instanceof GraphQLError) throw new SchemaSourceError(error.toString());
    throw error;
  }
}

function whereIs(source: Source, node: { loc?: { start: number } | undefined }): string {
  return `${source.name}:${node.loc ? getLocation(source, node.loc.start).line : "?"}`;
}

function isFieldGroup(definition: DefinitionNode): boolean {
  return "directives" in definition && (definition.directives ?? []).some((d) => d.name.value === FIELD_GROUP_DIRECTIVE);
}

function hasFieldDefinitions(definition: DefinitionNode): definition is TypeWithFields {
  return KINDS_WITH_FIELDS.has(definition.kind);
}

function definitionName(definition: DefinitionNode): string | undefined {
  return "name" in definition && definition.name ? definition.name.value : undefined;
}

function collectGroups(parsed: ParsedSource[]): Map<string, FieldGroup> {
  const groups = new Map<string, FieldGroup>();
  for (const { source, document } of parsed) {
    for (const definition of document.definitions.filter(isFieldGroup)) {
      const where = whereIs(source, definition);
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) throw new SchemaSourceError(`${where}: @${FIELD_GROUP_DIRECTIVE} belongs on a 'type' definition, not a ${definition.kind}`);
      const { name, fields } = definition as ObjectTypeDefinitionNode;
      const earlier = groups.get(name.value);
      if (earlier) throw new SchemaSourceError(`${where}: field group ${name.value} is defined twice (also at ${earlier.where})`);
      groups.set(name.value, { name: name.value, source, where, fields: fields ?? [] });
    }
  }
  for (const { source, document } of parsed) {
    for (const definition of document.definitions) {
      const name = definitionName(definition);
      if (name && groups.has(name) && !isFieldGroup(definition)) {
        throw new SchemaSourceError(`${whereIs(source, definition)}: ${name} names a type and a field group (${groups.get(name)!.where}); give the group another name`);
      }
    }
  }
  return groups;
}

/** Replaces every spread among `fields` with its group's fields (groups may spread groups). */
function expandFields(fields: readonly FieldDefinitionNode[], groups: Map<string, FieldGroup>, source: Source, consumed: Set<string>, path: string[] = []): FieldDefinitionNode[] {
  return fields.flatMap((field) => {
    if (!field.name.value.startsWith(SPREAD_FIELD_PREFIX)) return [field];
    const where = whereIs(source, field);
    consumed.add(where);
    const name = field.name.value.slice(SPREAD_FIELD_PREFIX.length);
    const group = groups.get(name);
    if (!group) throw new SchemaSourceError(`${where}: ...${name}: no field group ${name} (field groups: ${[...groups.keys()].join(", ") || "none"})`);
    if (path.includes(name)) throw new SchemaSourceError(`${group.where}: field group ${name} spreads itself (${[...path, name].join(" -> ")})`);
    return expandFields(group.fields, groups, group.source, consumed, [...path, name]);
  });
}

function expandDefinition(definition: TypeWithFields, groups: Map<string, FieldGroup>, source: Source, consumed: Set<string>): TypeWithFields {
  if (!definition.fields?.some((f) => f.name.value.startsWith(SPREAD_FIELD_PREFIX))) return definition;
  const fields = expandFields(definition.fields, groups, source, consumed);
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.name.value)) throw new SchemaSourceError(`${whereIs(source, definition)}: ${definitionName(definition)} gets field ${field.name.value} twice (written in the type and in a field group, or from two groups)`);
    seen.add(field.name.value);
  }
  return { ...definition, fields };
}

/** The sources as one SDL text, each after a `# --- name` line, with field groups expanded. */
export function expandFieldGroups(sources: SdlSource[]): string {
  const parsed = sources.map(parseSource);
  const groups = collectGroups(parsed);
  // A group's own spreads are checked where the group is defined.
  const consumed = new Set<string>();
  for (const group of groups.values()) expandFields(group.fields, groups, group.source, consumed, [group.name]);
  const printed = parsed.map(({ source, document }) => {
    const definitions = document.definitions.filter((d) => !isFieldGroup(d)).map((d) => (hasFieldDefinitions(d) ? expandDefinition(d, groups, source, consumed) : d));
    return `# --- ${source.name}\n${print({ ...document, definitions })}\n`;
  });
  for (const { source, spreadLines } of parsed) {
    const stray = spreadLines.find((line) => !consumed.has(`${source.name}:${line}`));
    if (stray !== undefined) throw new SchemaSourceError(`${source.name}:${stray}: a '...Group' line belongs in the field list of a type or interface`);
  }
  return printed.join("\n");
}
