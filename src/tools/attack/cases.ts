/**
 * Hostile and careless requests against POST /graphql, by class: malformed bodies, wrong
 * content types and charsets, oversized bodies and strings, deep nesting, alias and fragment
 * bombs, directive spam, batches, wrong variable types, unicode and NUL bytes, injection
 * strings, introspection bombs, OR-bombs, negative paging, validation bombs (thousands of repeated
 * or conflicting fields). docs/hardening.md lists the limit and error code that answers each class.
 * Used by `npm run attack` (figures) and by test/integration/hardening/fuzz.test.ts (asserts).
 */
export interface AttackRequest {
  method: "POST" | "GET";
  headers: Record<string, string>;
  /** Raw body (already serialised). */
  body?: string;
  /** Query string for GET. */
  search?: string;
}

export interface AttackCase {
  name: string;
  kind: string;
  request: AttackRequest;
}

const JSON_HEADERS = { "content-type": "application/json" };

const post = (payload: unknown): AttackRequest => ({ method: "POST", headers: JSON_HEADERS, body: JSON.stringify(payload) });
const gql = (query: string, variables?: Record<string, unknown>) => post({ query, variables });

function repeat(count: number, make: (i: number) => string, separator = " "): string {
  return Array.from({ length: count }, (_, i) => make(i)).join(separator);
}

/** `meetings { items { meeting { items ... } } }`, `depth` levels below `meetings`. */
function nestedMeetings(depth: number): string {
  let inner = "name";
  // From the innermost level out: even levels select a meeting's items, odd ones an item's meeting.
  for (let level = depth - 1; level >= 0; level--) inner = level % 2 === 0 ? `items { name ${inner} }` : `meeting { name ${inner} }`;
  return `{ meetings(limit: 5) { name ${inner} } }`;
}

/** Fragments that double at each level: F0 selects F1 twice, ... (1 KB, 2^n fields when expanded). */
function fragmentDoubling(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1 ? `fragment F${i} on Organisation { id name }` : `fragment F${i} on Organisation { members { ...F${i + 1} } partOf { ...F${i + 1} } }`,
  );
  return `{ organisations(limit: 10) { ...F0 } } ${fragments.join(" ")}`;
}

function deepAnd(depth: number): string {
  let where = `{ id: { eq: "x" } }`;
  for (let i = 0; i < depth; i++) where = `{ AND: [${where}] }`;
  return `{ organisations(where: ${where}) { id } }`;
}

function deepAndVariable(depth: number): Record<string, unknown> {
  let where: Record<string, unknown> = { id: { eq: "x" } };
  for (let i = 0; i < depth; i++) where = { AND: [where] };
  return where;
}

const INTROSPECTION_SELECTION = "__schema { types { name fields { name args { name } } } }";

/** Strings that would break a naively built Cypher, JSON or log line. */
export const INJECTION_STRINGS = [
  `"}) MATCH (n) DETACH DELETE n //`,
  `' OR 1=1 --`,
  "x` RETURN 1 //",
  "${jndi:ldap://127.0.0.1/a}",
  "<script>alert(1)</script>",
  "\\u0000\u0000nul",
  "åäö ÅÄÖ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202e\ufeff 😀",
  "\ud800 lone surrogate",
  "../../../../etc/passwd",
  "a".repeat(5000),
];

export function attackCases(): AttackCase[] {
  const cases: AttackCase[] = [
    // Malformed bodies and transports.
    { name: "invalid JSON", kind: "body", request: { method: "POST", headers: JSON_HEADERS, body: '{"query": "{ __typename }"' } },
    { name: "empty body", kind: "body", request: { method: "POST", headers: JSON_HEADERS, body: "" } },
    { name: "empty object", kind: "body", request: post({}) },
    { name: "JSON null", kind: "body", request: { method: "POST", headers: JSON_HEADERS, body: "null" } },
    { name: "query is a number", kind: "body", request: post({ query: 42 }) },
    { name: "text/plain", kind: "content-type", request: { method: "POST", headers: { "content-type": "text/plain" }, body: '{"query":"{ __typename }"}' } },
    { name: "form-urlencoded", kind: "content-type", request: { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "query=%7B__typename%7D" } },
    { name: "application/xml", kind: "content-type", request: { method: "POST", headers: { "content-type": "application/xml" }, body: "<query/>" } },
    { name: "no content-type", kind: "content-type", request: { method: "POST", headers: {}, body: '{"query":"{ __typename }"}' } },
    { name: "charset latin1", kind: "charset", request: { method: "POST", headers: { "content-type": "application/json; charset=latin1" }, body: '{"query":"{ __typename }"}' } },
    { name: "charset utf-7", kind: "charset", request: { method: "POST", headers: { "content-type": "application/json; charset=utf-7" }, body: '{"query":"{ __typename }"}' } },
    { name: "content-encoding compress", kind: "encoding", request: { method: "POST", headers: { ...JSON_HEADERS, "content-encoding": "compress" }, body: '{"query":"{ __typename }"}' } },
    { name: "content-encoding gzip but plain body", kind: "encoding", request: { method: "POST", headers: { ...JSON_HEADERS, "content-encoding": "gzip" }, body: '{"query":"{ __typename }"}' } },
    { name: "body of 2 MiB", kind: "size", request: post({ query: "{ __typename }", variables: { pad: "x".repeat(2 * 1024 * 1024) } }) },
    { name: "query of 90 KB", kind: "size", request: gql(`{ __typename ${"#".repeat(90_000)}\n }`) },
    { name: "string variable of 90 KB", kind: "size", request: gql("query($t: String!) { search(text: $t) { hits { entity { id } } } }", { t: "x".repeat(90_000) }) },
    { name: "batch of 10", kind: "batch", request: { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(Array.from({ length: 10 }, () => ({ query: "{ __typename }" }))) } },
    { name: "GET without preflight header", kind: "transport", request: { method: "GET", headers: {}, search: "?query=%7B__typename%7D" } },
    { name: "mutation", kind: "read-only", request: gql("mutation { deleteOrganisations { nodesDeleted } }") },

    // Shape of the document.
    { name: "nesting 20 deep", kind: "depth", request: gql(nestedMeetings(20)) },
    { name: "nesting 200 deep", kind: "depth", request: gql(nestedMeetings(200)) },
    { name: "1000 aliases of introspection", kind: "aliases", request: gql(`{ ${repeat(1000, (i) => `a${i}: ${INTROSPECTION_SELECTION}`)} }`) },
    { name: "2000 aliases of introspection", kind: "aliases", request: gql(`{ ${repeat(2000, (i) => `a${i}: ${INTROSPECTION_SELECTION}`)} }`) },
    { name: "1000 aliases of impact", kind: "aliases", request: gql(`{ ${repeat(1000, (i) => `a${i}: impact(id: "doc:hos-avtal") { truncated }`)} }`) },
    { name: "25 aliases", kind: "aliases", request: gql(`{ organisations(limit: 1) { ${repeat(25, (i) => `a${i}: id`)} } }`) },
    { name: "30 root fields", kind: "aliases", request: gql(`{ ${repeat(30, (i) => `r${i}: organisations(limit: 1) { id }`)} }`) },
    { name: "fragment doubling (12 levels)", kind: "fragments", request: gql(fragmentDoubling(12)) },
    { name: "fragment cycle", kind: "fragments", request: gql("{ organisations { ...A } } fragment A on Organisation { members { ...B } } fragment B on Organisation { partOf { ...A } }") },
    { name: "directive spam (500)", kind: "directives", request: gql(`{ __typename ${repeat(500, () => "@include(if: true)")} }`) },
    { name: "directive spam (30)", kind: "directives", request: gql(`{ __typename ${repeat(30, () => "@skip(if: false)")} }`) },
    { name: "1500 repeated root fields, unique comment", kind: "validation", request: gql(`# ${Date.now()}-${Math.random()}\n{ ${repeat(1500, () => "organisations(limit: 1) { id }")} }`) },
    { name: "80,000 __typename", kind: "validation", request: gql(`{ ${repeat(80_000, () => "__typename")} }`) },
    { name: "1500 conflicting fields", kind: "validation", request: gql(`{ ${repeat(1500, (i) => `organisations(limit: ${i}) { id }`)} }`) },
    { name: "introspection nested bomb", kind: "introspection", request: gql("{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }") },
    { name: "3 introspection roots", kind: "introspection", request: gql("{ a: __schema { queryType { name } } b: __schema { queryType { name } } c: __schema { queryType { name } } }") },

    // Argument values.
    { name: "OR of 10,000 ids (literal)", kind: "filter", request: gql(`{ organisations(where: { OR: [${repeat(10_000, (i) => `{ id: { eq: "org:${i}" } }`, ",")}] }) { id } }`) },
    { name: "OR of 10,000 ids (variable)", kind: "filter", request: gql("query($w: OrganisationWhere) { organisations(where: $w) { id } }", { w: { OR: Array.from({ length: 10_000 }, (_, i) => ({ id: { eq: `org:${i}` } })) } }) },
    { name: "OR of 150 ids", kind: "filter", request: gql(`{ organisations(where: { OR: [${repeat(150, (i) => `{ id: { eq: "org:${i}" } }`, ",")}] }) { id } }`) },
    { name: "in list of 10,000", kind: "filter", request: gql("query($ids: [ID!]) { organisations(where: { id: { in: $ids } }) { id } }", { ids: Array.from({ length: 10_000 }, (_, i) => `org:${i}`) }) },
    { name: "1000-deep AND (literal)", kind: "filter", request: gql(deepAnd(1000)) },
    { name: "1000-deep AND (variable)", kind: "filter", request: gql("query($w: OrganisationWhere) { organisations(where: $w) { id } }", { w: deepAndVariable(1000) }) },
    { name: "limit -1", kind: "paging", request: gql("{ organisations(limit: -1) { id } }") },
    { name: "offset -5", kind: "paging", request: gql("{ organisations(offset: -5) { id } }") },
    { name: "first -1", kind: "paging", request: gql("{ organisationsConnection(first: -1) { edges { node { id } } } }") },
    { name: "limit -1 (variable)", kind: "paging", request: gql("query($l: Int) { organisations(limit: $l) { id } }", { l: -1 }) },
    { name: "limit 2^31", kind: "paging", request: gql("{ organisations(limit: 2147483648) { id } }") },

    // Variables of the wrong type.
    { name: "variable: object for ID", kind: "variables", request: gql("query($id: ID!) { fundFlow(id: $id) { fund { id } } }", { id: { $ne: null } }) },
    { name: "variable: string for Int", kind: "variables", request: gql("query($l: Int) { organisations(limit: $l) { id } }", { l: "ten" }) },
    { name: "variables is a string", kind: "variables", request: post({ query: "{ __typename }", variables: "oops" }) },
    { name: "unknown operationName", kind: "variables", request: post({ query: "query A { __typename }", operationName: "B" }) },
  ];
  for (const [i, text] of INJECTION_STRINGS.entries()) {
    cases.push({ name: `injection ${i}: search`, kind: "injection", request: gql("query($t: String!) { search(text: $t) { hits { entity { id } } } }", { t: text }) });
    cases.push({ name: `injection ${i}: impact id`, kind: "injection", request: gql("query($id: ID!) { impact(id: $id) { truncated } }", { id: text }) });
    cases.push({ name: `injection ${i}: where eq`, kind: "injection", request: gql("query($t: String) { organisations(where: { name: { eq: $t } }) { id } }", { t: text }) });
  }
  return cases;
}
