/**
 * A batch import of the development set of real pages as a process: --write into temporary
 * SEED_DIR and SOURCES_DIR, then `seed:check` on them; one review report; an entity new on
 * several pages defined once; a second run writes the same bytes; and the written files seeded
 * into an own local Neo4j (never the shared test database) show the new facts in GraphQL.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { projectRoot, seedPaths } from "../../src/config/paths.js";
import type { ReviewReport } from "../../src/import/output/review-report.js";
import type { RunningHttpServer } from "../../src/http/server.js";
import { seedDatabase } from "../../src/seed/seed-database.js";
import { startOwnNeo4j, type OwnNeo4j } from "../support/own-neo4j.js";
import { queryOk, startTestServer } from "../support/test-server.js";

const tsx = join(projectRoot, "node_modules", ".bin", "tsx");
const pages = join(seedPaths.sourcesDir, "real-pages");
let work: string;
let env: NodeJS.ProcessEnv;

function run(script: string, args: string[]) {
  const r = spawnSync(tsx, [join(projectRoot, "src", "cli", script), ...args], { cwd: work, env, encoding: "utf8", timeout: 240_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const listing = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: "utf8" }).sort() : []);
const contents = (dir: string) => listing(dir).filter((f) => statSync(join(dir, f)).isFile()).map((f) => [f, readFileSync(join(dir, f), "utf8")]);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "import-batch-"));
  cpSync(seedPaths.seedDir, join(work, "seeds"), { recursive: true });
  cpSync(join(seedPaths.sourcesDir, "seeds"), join(work, "sources", "seeds"), { recursive: true });
  cpSync(join(seedPaths.sourcesDir, "reference"), join(work, "sources", "reference"), { recursive: true });
  env = { ...process.env, SEED_DIR: join(work, "seeds"), SOURCES_DIR: join(work, "sources") };
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run import -- DIR --write", () => {
  let report: ReviewReport;

  it("imports every page of the directory or refuses it with one line, writes them, and seed:check passes", () => {
    const r = run("import.ts", [pages, "--write", "--report", join(work, "review")]);
    const refused = r.stderr.trim().split("\n").filter(Boolean);
    for (const line of refused) expect(line).toMatch(/^import: \S+\.txt: .+\((no new facts|unknown shape|no date)\)$/);
    expect(r.stdout).toMatch(/sidor importerade/);
    report = JSON.parse(readFileSync(join(work, "review.json"), "utf8")) as ReviewReport;
    expect(report.pages.length + report.refused.length).toBe(readdirSync(pages).filter((f) => f.endsWith(".txt")).length);
    expect(report.refused.length).toBe(refused.length);
    expect(readFileSync(join(work, "review.md"), "utf8")).toMatch(/^# Granskning av importen/);
    const check = run("seed-check.ts", []);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
    // The five curated documents, the reference register and one per imported page.
    expect(check.stdout).toContain(`seed check: ${6 + report.pages.length} documents`);
    expect(check.stdout).toContain("every alias, name and free-text claim quoted or marked inferred");
  });

  it("an entity new on several pages is one new entity, defined in one seed file and mentioned in the others", () => {
    // Regionfullmäktige is new to the graph and named on two decision pages.
    const rf = report.new.find((f) => f.id === "forum:regionfullmaktige");
    expect(rf?.pages.length).toBeGreaterThanOrEqual(2);
    const files = readdirSync(join(work, "seeds", "documents")).map((f) => parse(readFileSync(join(work, "seeds", "documents", f), "utf8")) as { entities: { id: string; type?: string }[] });
    const mentions = files.flatMap((f) => f.entities.filter((e) => e.id === "forum:regionfullmaktige"));
    expect(mentions.filter((e) => e.type).length).toBe(1);
    expect(mentions.length).toBe(rf!.pages.length);
  });

  it("the report groups by status with each fact's quote and page", () => {
    expect(report.ambiguous.length).toBeGreaterThan(0);
    for (const f of [...report.new, ...report.ambiguous, ...report.refines]) for (const o of f.pages) expect(o.quotes[0]?.length).toBeGreaterThan(2);
    expect(report.refines.map((f) => f.id)).toContain("doc:inriktningsdokument-ungdomsmottagningar");
  });

  it("a second run writes the same bytes", () => {
    const before = [contents(join(work, "seeds")), contents(join(work, "sources"))];
    const r = run("import.ts", [pages, "--write", "--report", join(work, "review-2")]);
    expect(r.stdout).toMatch(/sidor importerade/);
    expect([contents(join(work, "seeds")), contents(join(work, "sources"))]).toEqual(before);
    expect(readFileSync(join(work, "review-2.json"), "utf8")).toBe(readFileSync(join(work, "review.json"), "utf8"));
  });
});

describe("the written batch seeded into an own Neo4j", () => {
  let own: OwnNeo4j;
  let driver: Driver;
  let server: RunningHttpServer;
  beforeAll(async () => {
    own = await startOwnNeo4j("import-batch");
    driver = neo4j.driver(own.url);
    await seedDatabase(driver, "neo4j", { seedDir: join(work, "seeds"), sourcesDir: join(work, "sources") }, () => undefined);
    server = await startTestServer(driver, "neo4j");
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    await driver?.close();
    await own?.stop();
  });

  it("shows a meeting from a schedule page in GraphQL", async () => {
    const data = await queryOk<{ meetings: { id: string; status: string; startTime: string; forum: { name: string }[] }[] }>(server.graphqlUrl, `{ meetings(where: { id: { eq: "meeting:no-grupp-kungalv-2018-01-30" } }) { id status startTime forum { name } } }`);
    expect(data.meetings).toEqual([{ id: "meeting:no-grupp-kungalv-2018-01-30", status: "PLANNED", startTime: "08:30", forum: [{ name: "NO Grupp Kungälv" }] }]);
  });
});
