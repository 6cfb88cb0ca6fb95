/** The app's own GraphQL endpoint: POST with content-type application/json (no CSRF preflight needed). */
export interface ExploreData {
  graphqlPath: string;
  notFound?: string;
}

export const pageData: ExploreData = JSON.parse(document.getElementById("explore-data")?.textContent ?? "{}") as ExploreData;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(pageData.graphqlPath || "/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "), body.errors[0]!.extensions?.code);
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, undefined);
  return body.data;
}

export interface EntityRef {
  id: string;
  type: string;
  name: string;
  shortName?: string | null;
  kind?: string | null;
  status?: string | null;
}

export interface Source {
  quote: string;
  document: { id: string; title: string };
}

export interface Step {
  relation: string;
  meaning: string;
  from: EntityRef;
  to: EntityRef;
  inferred: boolean;
  because: string | null;
  sources: Source[];
}

export const REF = "id type name shortName kind status";
export const SOURCES = "sources { quote document { id title } }";
export const STEP = `relation meaning from { ${REF} } to { ${REF} } inferred because ${SOURCES}`;
