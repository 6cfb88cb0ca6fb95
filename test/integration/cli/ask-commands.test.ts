/**
 * Every command of the registry of questions, run as `npm run ask` against a real HTTP server on
 * the seeded database: each answers its question's example in Swedish without a raw code, `visa`
 * names every fact of an entity of each type in Swedish, and options a question does not take or
 * values its enum does not have are refused with exit code 2 and no answer.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ENUM_SV, PROPERTY_SV, RELATION_SV } from "../../../src/labels/sv.js";
import { QUESTIONS } from "../../../src/questions/registry.js";
import { questionExample } from "../../../src/questions/server.js";
import { warmAnalysisQueries } from "../../../src/questions/warm.js";
import { runAsk } from "../../support/ask-cli.js";
import { TEST_ID_MARK, useTestApi } from "../../support/test-api.js";

const api = useTestApi();
// Plans the analyst queries first, as the app does at start, so planning on a cold database does
// not count against the first command's timeout.
beforeAll(() => warmAnalysisQueries(api.driver(), api.database), 300_000);

const ask = (...args: string[]) => runAsk(api.url(), ...args);

const RAW_CODE = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g;
// Codes of one word (HELD, GRANT, ENDORSED...), except LMR, which document names use as an abbreviation.
const ONE_WORD_CODES = new Set([...Object.values(ENUM_SV).flatMap((e) => Object.keys(e)), ...Object.keys(RELATION_SV)].filter((c) => !c.includes("_") && c !== "LMR"));

/** The codes a person would read in the text, if any. */
function rawCodes(text: string): string[] {
  const oneWord = (text.match(/\b[A-Z]{2,}\b/g) ?? []).filter((w) => ONE_WORD_CODES.has(w));
  return [...(text.match(RAW_CODE) ?? []), ...oneWord];
}

const COMMANDS = QUESTIONS.flatMap((question) => question.commands.map((command) => ({ question, word: command.word })));

describe("every command of the registry", () => {
  it.each(COMMANDS)("$word answers its question's example in Swedish", async ({ question, word }) => {
    const run = await ask(word);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    // The first line names the subject: an entity by its id, a text in quotes; a question without one
    // names the ids it compares (agreement-diff), or else its date.
    const argument = question.subject.argument;
    const variables = questionExample(question).variables;
    const subject = argument === "none" ? null : variables[argument];
    const first = run.stdout.split("\n")[0]!;
    const compared = Object.values(variables).filter((v): v is string => typeof v === "string" && /^[a-z]+:/.test(v));
    if (argument === "id" || argument === "forum") expect(first).toContain(`(${String(subject)})`);
    else if (argument === "text") expect(first).toContain(`"${String(subject)}"`);
    else if (compared.length) for (const id of compared) expect(first).toContain(`(${id})`);
    else expect(first).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(rawCodes(run.stdout)).toEqual([]);
  }, 120_000);

  it("answers a question by its English name as by its Swedish command", async () => {
    const run = await ask("document-dependencies", "doc:hos-avtal", "--kort");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("Det här beror på: Hälso- och sjukvårdsavtalet i Västra Götalands län (doc:hos-avtal)");
  }, 120_000);
});

describe("visa", () => {
  it("names every fact of an entity of each type in Swedish, with Swedish values", async () => {
    const rows = await api.cypher<{ id: string }>(
      `MATCH (n:Entity) WHERE NOT n.id CONTAINS $mark
       WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS type, n ORDER BY size(keys(n)) DESC, n.id
       WITH type, collect(n.id)[0] AS id RETURN id ORDER BY id`,
      { mark: TEST_ID_MARK },
    );
    expect(rows.length).toBeGreaterThanOrEqual(13);
    const swedishNames = new Set(Object.values(PROPERTY_SV));
    for (const { id } of rows) {
      const run = await ask("visa", id, "--kort");
      expect(run.code, `${id}: ${run.stderr}`).toBe(0);
      expect(run.stdout).toContain(`(${id})`);
      const lines = run.stdout.split("\n");
      const facts = lines.slice(lines.indexOf("Fakta:") + 1, lines.indexOf("", lines.indexOf("Fakta:")));
      expect(facts.length, id).toBeGreaterThan(0);
      for (const fact of facts) expect(swedishNames, `${id}: ${fact}`).toContain(fact.trim().split(": ")[0]);
      expect(rawCodes(run.stdout), id).toEqual([]);
    }
  }, 300_000);
});

describe("options a question does not take", () => {
  it("refuses an option the question's operation does not declare, naming the option and the question", async () => {
    const run = await ask("pengar", "fund:skr-kvinnofridssatsning-2021-2023", "--djup", "2");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--djup");
    expect(run.stderr).toContain('"pengar"');
  }, 120_000);

  it("refuses a value the option's enum does not have, listing the values it takes", async () => {
    const run = await ask("beroenden", "doc:hos-avtal", "--relationer", "part_of,GRANNE");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/--relationer: okänt värde "GRANNE"\. Möjliga värden: .*PART_OF/);
    const lowerCase = await ask("beroenden", "doc:hos-avtal", "--relationer", "part_of", "--djup", "1", "--kort");
    expect(lowerCase.code, lowerCase.stderr).toBe(0);
    expect(lowerCase.stdout).toContain("relationer: är en del av; högst 1 steg");
  }, 120_000);
});
