/**
 * Configuration from environment variables, validated once at start-up. A wrong or missing
 * setting stops the app with one line naming the variable and what is wrong.
 */
import { z } from "zod";
import { CACHE_LIMITS, FAIR_SHARE_LIMITS } from "./limits.js";

/** A TCP port; 0 lets the system pick a free one (the chosen port is logged). */
const port = z.coerce.number().int().min(0).max(65535);

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
    PORT: port.default(4000),
    HOST: z.string().min(1).default("127.0.0.1"),
    /** Fair share per client (IP address): requests per minute and requests in flight at once; 0 turns either off. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(FAIR_SHARE_LIMITS.requestsPerMinute),
    MAX_CONCURRENT_PER_CLIENT: z.coerce.number().int().min(0).max(1000).default(FAIR_SHARE_LIMITS.concurrentPerClient),
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
