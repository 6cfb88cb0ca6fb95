/**
 * The website's trusted documents: the operations in src/website/operations/*.graphql, one named
 * operation per file (with its fragments). A document is recognised by its printed form
 * (graphql's `print`), so whitespace, comments and line endings do not matter, and by every hash a
 * standard client sends for it:
 *   - `id`: the SHA-256 of the file's text (the manifest's id, and Apollo's automatic persisted
 *     queries hash when a client sends the file as it is);
 *   - the SHA-256 of its printed form (what a client that prints the document hashes);
 *   - the SHA-256 of its printed form with `__typename` added to every selection set below the
 *     root (what Apollo Client's persisted-query link and urql send: their caches add
 *     `__typename` before the link hashes the document).
 * Each hash stands for the text that is run for it: a client that asked with `__typename` gets
 * `__typename` in its answer, as its cache expects.
 *
 * Hand-written rather than @graphql-codegen's client-preset manifest: that preset generates a
 * typed client this project does not ship, while the server only needs "hash -> text".
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, print, visit, type DocumentNode, type FieldNode, type SelectionSetNode } from "graphql";
import { projectRoot } from "../config/paths.js";

const websiteOperationsDir = join(projectRoot, "src", "website", "operations");

export interface TrustedDocument {
  /** sha256 of `text`, hex: the manifest's id. */
  id: string;
  operationName: string;
  file: string;
  text: string;
  /** graphql's print of the document. */
  printed: string;
  /** The printed document with __typename in every selection set below the root, and its hash. */
  withTypename: { text: string; id: string };
}

export interface TrustedDocuments {
  byId: ReadonlyMap<string, TrustedDocument>;
  byName: ReadonlyMap<string, TrustedDocument>;
  /** The text to run for any hash a client may send for a trusted document. */
  textForHash(hash: string): string | undefined;
  /** The trusted document that `text` prints as (in any layout, with or without __typename). */
  matchText(text: string): TrustedDocument | undefined;
  /** The same for a parsed document (Apollo's request pipeline has one). */
  matchDocument(document: DocumentNode): TrustedDocument | undefined;
}

export function documentId(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } };

/**
 * Adds `__typename` to every selection set that is not an operation's root and has none (nor an
 * introspection field), as Apollo Client's and urql's caches do before a document is sent.
 */
export function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      enter(node: SelectionSetNode, _key, parent) {
        if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value.startsWith("__"))) return undefined;
        return { ...node, selections: [...node.selections, TYPENAME] };
      },
    },
  });
}

function readDocument(dir: string, file: string): TrustedDocument {
  const text = readFileSync(join(dir, file), "utf8");
  let document: DocumentNode;
  try {
    document = parse(text);
  } catch (error) {
    throw new Error(`trusted document ${join(dir, file)}: ${(error as Error).message}`);
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const name = operations.length === 1 ? operations[0]!.name?.value : undefined;
  if (!name) throw new Error(`trusted document ${join(dir, file)}: expected exactly one named operation, found ${operations.length}`);
  const typed = print(withTypenames(document));
  return { id: documentId(text), operationName: name, file, text, printed: print(document), withTypename: { text: typed, id: documentId(typed) } };
}

export function readTrustedDocuments(dir = websiteOperationsDir): TrustedDocuments {
  const documents = readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((file) => readDocument(dir, file));
  const byName = new Map<string, TrustedDocument>();
  for (const document of documents) {
    const twin = byName.get(document.operationName);
    if (twin) throw new Error(`trusted documents ${twin.file} and ${document.file}: both name their operation ${document.operationName}`);
    byName.set(document.operationName, document);
  }
  const textByHash = new Map<string, string>();
  const byPrinted = new Map<string, TrustedDocument>();
  for (const d of documents) {
    textByHash.set(d.id, d.text);
    textByHash.set(documentId(d.printed), d.printed);
    textByHash.set(d.withTypename.id, d.withTypename.text);
    byPrinted.set(d.printed, d);
    byPrinted.set(d.withTypename.text, d);
  }
  // Parsing and printing a text costs a little; the website sends a few texts over and over.
  const matched = new Map<string, TrustedDocument | null>();
  const printedByDocument = new WeakMap<DocumentNode, string>();
  const matchDocument = (document: DocumentNode) => {
    let printed = printedByDocument.get(document);
    if (printed === undefined) printedByDocument.set(document, (printed = print(document)));
    return byPrinted.get(printed);
  };
  return {
    byId: new Map(documents.map((d) => [d.id, d])),
    byName,
    textForHash: (hash) => textByHash.get(hash),
    matchDocument,
    matchText(text) {
      if (!matched.has(text)) {
        let found: TrustedDocument | undefined;
        try {
          found = matchDocument(parse(text));
        } catch {
          found = undefined;
        }
        if (matched.size > 1_000) matched.clear();
        matched.set(text, found ?? null);
      }
      return matched.get(text) ?? undefined;
    },
  };
}
