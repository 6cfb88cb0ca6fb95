/**
 * Trusted documents are recognised by their printed form and by every hash a standard client
 * sends: the file's id, the printed form's, and the printed form with __typename (Apollo Client).
 */
import { createHash } from "node:crypto";
import { parse, print } from "graphql";
import { describe, expect, it } from "vitest";
import { readTrustedDocuments, withTypenames } from "../../../src/website/trusted-documents.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const documents = readTrustedDocuments();
const agreement = documents.byName.get("Agreement")!;

describe("trusted documents", () => {
  it("matches a document whatever its layout: CRLF, no trailing newline, no comment, squashed to one line", () => {
    const variants = [
      agreement.text.replace(/\n/g, "\r\n"),
      agreement.text.trimEnd(),
      agreement.text.replace(/^#.*\n/gm, ""),
      agreement.text.replace(/#[^\n]*/g, "").replace(/\s+/g, " ").trim(),
    ];
    for (const text of variants) expect(documents.matchText(text)?.operationName).toBe("Agreement");
  });

  it("does not match a document that asks for something else", () => {
    expect(documents.matchText(agreement.text.replace("name", "name description"))).toBeUndefined();
    expect(documents.matchText("{ graphVersion { version } }")).toBeUndefined();
    expect(documents.matchText("not graphql {")).toBeUndefined();
  });

  it("answers every hash a client sends with the text to run", () => {
    expect(documents.textForHash(agreement.id)).toBe(agreement.text);
    expect(documents.textForHash(sha256(print(parse(agreement.text))))).toBe(agreement.printed);
    // Apollo Client's persisted-query link: sha256 of print() after its cache added __typename.
    const apolloText = print(withTypenames(parse(agreement.text)));
    expect(documents.textForHash(sha256(apolloText))).toBe(apolloText);
    expect(apolloText).toContain("__typename");
    expect(documents.textForHash(sha256("{ graphVersion { version } }"))).toBeUndefined();
  });

  it("adds __typename below the root only, and not twice", () => {
    const once = print(withTypenames(parse("query Q { entity(id: \"x\") { id ... on Forum { name } } }")));
    expect(once).toBe(print(parse("query Q { entity(id: \"x\") { id ... on Forum { name __typename } __typename } }")));
    expect(print(withTypenames(parse(once)))).toBe(once);
  });
});
