/**
 * The explore page's GraphQL operations are .graphql files next to the views that send them, and
 * the fragments they share are in one file (page/fragments.graphql). This esbuild plugin turns an
 * imported operation file into the one string the page posts: its operation and every shared
 * fragment it uses (also through other fragments), with ignored characters stripped. Parsing at
 * bundle time means a broken document or a missing fragment fails the build, not the visitor.
 */
import { readFile } from "node:fs/promises";
import type { Plugin } from "esbuild";
import { Kind, parse, print, stripIgnoredCharacters, visit, type ASTNode, type FragmentDefinitionNode } from "graphql";

const isFragment = (d: { kind: Kind }): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION;

/** The operation of `file` with the shared fragments it uses appended, as one compact document. */
export function withSharedFragments(operation: string, fragments: string, file: string): string {
  const shared = new Map(parse(fragments).definitions.filter(isFragment).map((f) => [f.name.value, f]));
  const document = parse(operation);
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) throw new Error(`${file}: expected exactly one operation, found ${operations.length}`);
  const own = new Set(document.definitions.filter(isFragment).map((f) => f.name.value));
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: ASTNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (own.has(name) || used.has(name)) return;
        const fragment = shared.get(name);
        if (!fragment) throw new Error(`${file}: the fragment ${name} is neither in the file nor in the shared fragments`);
        used.set(name, fragment);
        collect(fragment);
      },
    });
  collect(document);
  return stripIgnoredCharacters(print({ ...document, definitions: [...document.definitions, ...used.values()] }));
}

/** Lets the page import an operation file as its text (esbuild's text loader), fragments included. */
export function graphqlDocuments(fragmentsFile: string): Plugin {
  return {
    name: "explore-graphql-documents",
    setup(build) {
      build.onLoad({ filter: /\.graphql$/ }, async ({ path }) => {
        const [operation, fragments] = await Promise.all([readFile(path, "utf8"), readFile(fragmentsFile, "utf8")]);
        return { contents: withSharedFragments(operation, fragments, path), loader: "text", watchFiles: [fragmentsFile] };
      });
    },
  };
}
