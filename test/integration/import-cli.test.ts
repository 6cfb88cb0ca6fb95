/**
 * The import CLI as a process: --write into temporary SEED_DIR and SOURCES_DIR, then
 * `seed:check` on them; a second import writes identical files; bad input writes nothing; and
 * the database is the same before and after (an import never changes it).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { parse } from "yaml";
import { projectRoot, seedPaths } from "../../src/config/paths.js";
import { proposal as proposalSchema } from "../../src/import/propose/proposal-schema.js";
import { testDatabase, testDriver } from "../support/test-database.js";

const db = testDatabase();
let driver: Driver;
let work: string;
let env: NodeJS.ProcessEnv;
const tsx = join(projectRoot, "node_modules", ".bin", "tsx");
const corpus = join(seedPaths.sourcesDir, "corpus");
const note = join(corpus, "01_sro-sammanstallning-2021-11-19.txt");

function run(script: string, args: string[]) {
  const r = spawnSync(tsx, [join(projectRoot, "src", "cli", script), ...args], { cwd: projectRoot, env, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every node and relationship the seed wrote, as one fingerprint. */
async function databaseFingerprint(): Promise<string> {
  const result = await driver.executeQuery(
    `MATCH (n) WHERE n.origin = 'seed'
     WITH count(n) AS nodes, collect(n.id + ':' + coalesce(n.seedHash, '')) AS ids
     CALL () { MATCH ()-[r]->() WHERE r.origin = 'seed' RETURN count(r) AS relationships, collect(r.seedHash) AS hashes }
     RETURN toString(nodes) + '/' + toString(relationships) + '/' + apoc.util.md5(ids + hashes) AS fingerprint`,
    {},
    { database: db.database },
  );
  return result.records[0]!.get("fingerprint") as string;
}

const listing = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: "utf8" }).sort() : []);

beforeAll(() => {
  driver = testDriver(db);
  work = mkdtempSync(join(tmpdir(), "import-cli-"));
  cpSync(seedPaths.seedDir, join(work, "seeds"), { recursive: true });
  cpSync(join(seedPaths.sourcesDir, "seeds"), join(work, "sources", "seeds"), { recursive: true });
  cpSync(join(seedPaths.sourcesDir, "reference"), join(work, "sources", "reference"), { recursive: true });
  env = { ...process.env, SEED_DIR: join(work, "seeds"), SOURCES_DIR: join(work, "sources") };
});
afterAll(async () => {
  await driver?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("npm run import as a process", () => {
  let before: string;
  let written: string[];

  it("--write stores the text and the seed file, and seed:check passes on them without edits", async () => {
    before = await databaseFingerprint();
    const r = run("import.ts", [note, "--write"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Möte: SRO 2021-11-19");
    const seedFiles = readdirSync(join(work, "seeds", "documents"));
    const newSeed = seedFiles.find((f) => f.startsWith("005-"));
    const newSource = readdirSync(join(work, "sources", "seeds")).find((f) => /^005_[0-9a-f]{16}\.txt$/.test(f));
    expect(newSeed).toBeDefined();
    expect(newSource).toBeDefined();
    written = [join(work, "seeds", "documents", newSeed!), join(work, "sources", "seeds", newSource!)];
    const check = run("seed-check.ts", []);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/seed check: 7 documents/);
    // The honesty audit ran on the imported file too.
    expect(check.stdout).toContain("every alias, name and free-text claim quoted or marked inferred");
    const header = parse(readFileSync(written[0]!, "utf8")).document;
    expect(header.url).toBe("https://www.vardsamverkan.se/nyhetsarkiv/nyhetsarkiv-2021/sammanstallning-fran-sro/");
    expect(header.publisher).toBe("Vårdsamverkan Västra Götaland");
  });

  it("a second import of the same document produces the identical files", () => {
    const first = written.map((f) => readFileSync(f, "utf8"));
    const seedsBefore = listing(join(work, "seeds"));
    const r = run("import.ts", [note, "--write"]);
    expect(r.code).toBe(0);
    expect(listing(join(work, "seeds"))).toEqual(seedsBefore);
    expect(written.map((f) => readFileSync(f, "utf8"))).toEqual(first);
  });

  it("--write carries a 'Publicerad' date into the header as publishedOn, and seed:check passes", () => {
    const r = run("import.ts", [join(corpus, "05_regionfullmaktige-hos-avtal-2022-06-13.txt"), "--write"]);
    expect(r.code).toBe(0);
    const seedFile = readdirSync(join(work, "seeds", "documents")).find((f) => f.startsWith("006-"));
    expect(seedFile).toBeDefined();
    const header = parse(readFileSync(join(work, "seeds", "documents", seedFile!), "utf8")).document;
    expect(header).toMatchObject({ date: "2022-06-13", url: "https://regionfullmaktige.nu/program/4250/klipp/10351" });
    expect(header.publishedOn).toBe("2022-06-13");
    const check = run("seed-check.ts", []);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/seed check: 8 documents/);
  });

  it("meetings a note only mentions are proposed (held, planned, a year taken from the note marked inferred), and seed:check passes", () => {
    // Own fixture: a VVG note that lists earlier SRO notes and a coming meeting without a year.
    const fixture = join(work, "vvg-anteckning.txt");
    writeFileSync(
      fixture,
      [
        "Mötesanteckning",
        "Vårdsamverkan Västra Götaland (VVG)",
        "Datum: Onsdag 14 juni 2023",
        "Tid: 13.00-15.00",
        "1. Mötets öppnande",
        "2. Föregående mötesanteckningar",
        "➤ [2023-05-25 Mötesanteckning SRO.pdf](#)",
        "3. Planeringsmöte den 7 september klockan 09.00-11.00",
        "",
      ].join("\n"),
    );
    const r = run("import.ts", [fixture, "--write"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const seedFile = readdirSync(join(work, "seeds", "documents")).find((f) => f.startsWith("007-"));
    expect(seedFile).toBeDefined();
    const entities = (parse(readFileSync(join(work, "seeds", "documents", seedFile!), "utf8")).entities as Record<string, unknown>[]).filter((e) => String(e.id).startsWith("meeting:"));
    expect(entities.map((e) => [e.id, e.status, e.date, e.inferred ?? false])).toEqual([
      ["meeting:vvg-2023-06-14", "HELD", "2023-06-14", false],
      ["meeting:sro-2023-05-25", "HELD", "2023-05-25", false],
      ["meeting:vvg-2023-09-07", "PLANNED", "2023-09-07", true],
    ]);
    expect(entities[2]).toMatchObject({ startTime: "09:00", endTime: "11:00", cite: ["Planeringsmöte den 7 september klockan 09.00-11.00"] });
    const check = run("seed-check.ts", []);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/seed check: 9 documents/);
  });

  it("--json prints one object that the documented schema accepts", () => {
    const r = run("import.ts", [join(corpus, "05_regionfullmaktige-hos-avtal-2022-06-13.txt"), "--json"]);
    expect(r.code).toBe(0);
    const parsed = proposalSchema.parse(JSON.parse(r.stdout));
    expect(parsed.document.url).toMatch(/^https:\/\/regionfullmaktige\.nu\//);
    expect(parsed.entities.some((e) => e.type === "Position" && e.fields.positionType === "ENDORSED")).toBe(true);
  });

  it("bad input: one message naming the file, exit code 1, nothing written", () => {
    const empty = join(work, "tom.txt");
    writeFileSync(empty, "");
    const seedsBefore = listing(join(work, "seeds"));
    const sourcesBefore = listing(join(work, "sources"));
    const r = run("import.ts", [empty, "--write"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([`import: ${empty}: filen är tom (empty file)`]);
    expect(listing(join(work, "seeds"))).toEqual(seedsBefore);
    expect(listing(join(work, "sources"))).toEqual(sourcesBefore);
  });

  it("the database is unchanged by the imports", async () => {
    expect(await databaseFingerprint()).toBe(before);
  });
});
