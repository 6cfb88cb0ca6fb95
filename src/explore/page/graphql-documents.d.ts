// An operation file, bundled as its text with the shared fragments it uses (src/explore/graphql-documents.ts).
declare module "*.graphql" {
  const text: string;
  export default text;
}
