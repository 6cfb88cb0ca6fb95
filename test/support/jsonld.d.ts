// jsonld ships no types; the tests use its toRDF only.
declare module "jsonld" {
  const jsonld: {
    toRDF(input: unknown, options: { format: "application/n-quads"; documentLoader?: (url: string) => Promise<unknown> }): Promise<string>;
  };
  export default jsonld;
}
