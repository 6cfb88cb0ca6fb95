/**
 * The website's trusted documents: the operations in src/website/operations/*.graphql, one named
 * operation per file (with its fragments), each known by an id that is the SHA-256 of the file's
 * text. That is the hash Apollo's automatic persisted queries use, so a client sends only the id
 * (`extensions.persistedQuery.sha256Hash`), over GET or POST.
 *
 * Hand-written (about 40 lines) rather than @graphql-codegen's client-preset manifest: that
 * preset generates a typed client this project does not ship, while the server only needs
 * "id -> text", which the files themselves give.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse } from "graphql";
import { projectRoot } from "../config/paths.js";

const websiteOperationsDir = join(projectRoot, "src", "website", "operations");

export interface TrustedDocument {
  /** sha256 of `text`, hex: the persisted-query id. */
  id: string;
  operationName: string;
  file: string;
  text: string;
}

export interface TrustedDocuments {
  byId: ReadonlyMap<string, TrustedDocument>;
  byName: ReadonlyMap<string, TrustedDocument>;
}

export function documentId(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function readTrustedDocuments(dir = websiteOperationsDir): TrustedDocuments {
  const documents = readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((file): TrustedDocument => {
      const text = readFileSync(join(dir, file), "utf8");
      let operations;
      try {
        operations = parse(text).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      } catch (error) {
        throw new Error(`trusted document ${join(dir, file)}: ${(error as Error).message}`);
      }
      const name = operations.length === 1 ? operations[0]!.name?.value : undefined;
      if (!name) throw new Error(`trusted document ${join(dir, file)}: expected exactly one named operation, found ${operations.length}`);
      return { id: documentId(text), operationName: name, file, text };
    });
  const byName = new Map<string, TrustedDocument>();
  for (const document of documents) {
    const twin = byName.get(document.operationName);
    if (twin) throw new Error(`trusted documents ${twin.file} and ${document.file}: both name their operation ${document.operationName}`);
    byName.set(document.operationName, document);
  }
  return { byId: new Map(documents.map((d) => [d.id, d])), byName };
}
