/**
 * Configuration from environment variables, validated once at start-up. A wrong or missing
 * setting stops the app with one line naming the variable and what is wrong.
 */
import { isIP } from "node:net";
import { z } from "zod";
import { CACHE_LIMITS, FAIR_SHARE_LIMITS } from "./limits.js";

/** A TCP port; 0 lets the system pick a free one (the chosen port is logged). */
const port = z.coerce.number().int().min(0).max(65535);

/** Names Express (proxy-addr) knows for address ranges. */
const TRUST_PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

/** An address, or an address with a prefix length (10.0.0.0/8, fd00::/8). */
function isAddressOrRange(text: string): boolean {
  const [address, prefix, ...rest] = text.split("/");
  const family = isIP(address ?? "");
  if (family === 0 || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

function trustProxyProblem(value: string): string | undefined {
  const text = value.trim();
  if (text === "false" || /^\d+$/.test(text)) return Number(text) > 20 ? "at most 20 proxies" : undefined;
  if (text === "true") return "'true' would trust every address, so any client could name itself in X-Forwarded-For: give the number of proxies in front of the app, or their addresses";
  const bad = text.split(",").map((p) => p.trim()).filter((p) => !TRUST_PROXY_NAMES.has(p) && !isAddressOrRange(p));
  return bad.length ? `not an address, range or name (loopback, linklocal, uniquelocal): ${bad.join(", ")}` : undefined;
}

/** Express's `trust proxy` value: false, a number of hops, or a list of addresses, ranges and names. */
function trustProxySetting(value: string): false | number | string[] {
  const text = value.trim();
  if (text === "false") return false;
  if (/^\d+$/.test(text)) return Number(text) === 0 ? false : Number(text);
  return text.split(",").map((p) => p.trim());
}

const envSchema = z
  .object({
    /** External Neo4j (bolt://, neo4j://, neo4j+s://, bolt+s://...). Unset: start a local one. */
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, "must be a bolt:// or neo4j:// URI (optionally +s or +ssc), e.g. neo4j+s://xxxx.databases.neo4j.io")
      .optional(),
    NEO4J_USERNAME: z.string().min(1).optional(),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, "must be a Neo4j database name").optional(),
    /** Bolt port of the local Neo4j; 0 picks a free port. */
    LOCAL_NEO4J_PORT: port.default(7687),
    LOCAL_NEO4J_DATA_DIR: z.string().min(1).default(".data/neo4j"),
    LOCAL_NEO4J_PAGE_CACHE_MB: z.coerce.number().int().min(16).max(16384).default(256),
    LOCAL_NEO4J_HEAP_MB: z.coerce.number().int().min(128).max(16384).default(1024),
    LOCAL_NEO4J_START_TIMEOUT_S: z.coerce.number().int().min(5).max(600).default(120),
    /** Keep a standby JVM that takes over when the local Neo4j dies (src/database/local/standby.ts). */
    LOCAL_NEO4J_STANDBY: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    /**
     * How many standby JVMs wait (each about 0.75 GB resident on the seed graph; BENCHMARKS.md):
     * two keep a second kill soon after the first as short as the first.
     */
    LOCAL_NEO4J_STANDBY_COUNT: z.coerce.number().int().min(1).max(3).default(1),
    PORT: port.default(4000),
    HOST: z.string().min(1).default("127.0.0.1"),
    /** Fair share per client (IP address): requests per minute and requests in flight at once; 0 turns either off. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(FAIR_SHARE_LIMITS.requestsPerMinute),
    MAX_CONCURRENT_PER_CLIENT: z.coerce.number().int().min(0).max(1000).default(FAIR_SHARE_LIMITS.concurrentPerClient),
    /** Requests of one client waiting for a turn beyond those in flight. */
    MAX_QUEUED_PER_CLIENT: z.coerce.number().int().min(0).max(10_000).default(FAIR_SHARE_LIMITS.queuedPerClient),
    /** Proxies whose X-Forwarded-For names the client: false, a number of hops, or addresses and ranges (Express's `trust proxy`). */
    TRUST_PROXY: z
      .string()
      .default("false")
      .superRefine((value, ctx) => {
        const problem = trustProxyProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .transform(trustProxySetting),
    /** One JSON log line per request on stderr (default true). */
    REQUEST_LOG: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    /** Seed an empty database on start-up (default true). */
    SEED_ON_START: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    /** Website integration (docs/integration.md): origins whose pages may call the API, comma-separated, or "*". */
    CORS_ORIGINS: z
      .string()
      .default("")
      .transform((v) => (v.trim() === "*" ? ("*" as const) : v.split(",").map((o) => o.trim()).filter(Boolean)))
      .refine((v) => v === "*" || v.every((o) => /^https?:\/\/[^/\s,*]+$/.test(o)), "expected '*' or comma-separated origins like https://vardsamverkan.se (scheme and host, optional port, no path)"),
    /** The dataset's contact e-mail in its DCAT description (Sveriges dataportal requires one to harvest it). */
    DATASET_CONTACT_EMAIL: z.string().email("expected an e-mail address like oppnadata@example.se").optional(),
    /** "any": trusted documents by id and any other query; "only": nothing but the trusted documents. */
    TRUSTED_DOCUMENTS: z.enum(["any", "only"]).default("any"),
    /** max-age (s) of cacheable answers without a more specific @cacheControl hint. */
    HTTP_CACHE_MAX_AGE_S: z.coerce.number().int().min(0).max(31_536_000).default(CACHE_LIMITS.defaultMaxAgeS),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && (!env.NEO4J_USERNAME) !== (!env.NEO4J_PASSWORD)) {
      ctx.addIssue({ code: "custom", path: [env.NEO4J_USERNAME ? "NEO4J_PASSWORD" : "NEO4J_USERNAME"], message: "set both NEO4J_USERNAME and NEO4J_PASSWORD, or neither" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Parses the environment; throws ConfigError with one line per problem, naming the variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // Empty strings are treated as unset: `NEO4J_URI= npm start` means "no external database".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const name = String(i.path[0] ?? "environment");
    const value = cleaned[name];
    return `configuration error: ${name}${value !== undefined && !/PASSWORD/.test(name) ? `=${JSON.stringify(value)}` : ""}: ${i.message}`;
  });
  throw new ConfigError(lines.join("\n"));
}
