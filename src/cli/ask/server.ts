/**
 * Which server the CLI talks to: the address (from --url, $ASK_URL or the default, and which of
 * them), and a check that it is this project's API before any question is sent. Another program
 * on the same port (another project's GraphQL server, an old instance of something else) is
 * refused with a message that says what answered and how to point the CLI elsewhere.
 */
import { z } from "zod";
import { SERVICE_NAME } from "../../config/service.js";
import { ApiError } from "./http.js";
import { DEFAULT_URL } from "./options.js";

export interface ServerAddress {
  url: string;
  /** Where the address came from, in Swedish: "--url", "$ASK_URL" or "standardadressen". */
  from: string;
}

export function serverAddress(option: string | null, environment: string | undefined): ServerAddress {
  if (option) return { url: option, from: "--url" };
  if (environment) return { url: environment, from: "$ASK_URL" };
  return { url: DEFAULT_URL, from: "standardadressen" };
}

const health = z.object({ service: z.string() });

/** The app's /health beside its /graphql. */
export function healthUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, "").replace(/\/$/, "") + "/health";
  url.search = "";
  return url.toString();
}

const HOW_TO_POINT = "Ange samverkansgrafens adress med --url eller $ASK_URL, eller starta den med `npm start`.";

/** Resolves when the server at `address` is this project's API; otherwise throws an ApiError that says what answered. */
export async function checkServer(address: ServerAddress): Promise<void> {
  let healthUrl: string;
  try {
    healthUrl = healthUrlOf(address.url);
  } catch {
    throw new ApiError(`${address.from}: "${address.url}" är ingen adress (väntade t.ex. ${DEFAULT_URL}).`);
  }
  let response: Response;
  try {
    response = await fetch(healthUrl, { headers: { accept: "application/json" } });
  } catch (error) {
    const reason = error instanceof Error ? String(error.cause ?? error.message) : String(error);
    throw new ApiError(`Når inte API:t på ${address.url} (${address.from}; ${reason}). ${HOW_TO_POINT}`);
  }
  const text = await response.text();
  let service: string | null = null;
  try {
    const parsed = health.safeParse(JSON.parse(text));
    if (parsed.success) service = parsed.data.service;
  } catch {
    // Not JSON: some other program.
  }
  if (service === SERVICE_NAME) return;
  const what = service ? `säger att den är "${service}"` : `svarar inte som samverkansgrafen på ${healthUrl} (HTTP ${response.status})`;
  throw new ApiError(`Servern på ${address.url} (${address.from}) ${what}: frågar den inte. ${HOW_TO_POINT}`);
}

/** The line that ends every answer: which server gave it. */
export const answeredBy = (address: ServerAddress): string => `Svaret kommer från ${SERVICE_NAME} på ${address.url} (${address.from}).`;
