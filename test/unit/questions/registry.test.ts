/**
 * The registry is the only list of analyst questions: every question in it has all its parts
 * (folder, SDL, Cypher, resolver, GraphiQL example, labels, an explore view, a CLI command and
 * formatter, a bench case), nothing else lists questions, and every question folder is in it.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse, type OperationDefinitionNode } from "graphql";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../src/config/paths.js";
import { ENTITY_TYPES } from "../../../src/model/entity-types.js";
import { QUESTIONS, questionForCommand, viewForPath } from "../../../src/questions/registry.js";
import { withQuestionsTable } from "../../../src/questions/docs-table.js";
import { questionExample, questionModule } from "../../../src/questions/server.js";
import { questionsDir } from "../../../src/questions/shared/cypher.js";
import { benchCases, GENERATED_VARIABLES } from "../../../src/tools/bench/cases.js";
import { BENCH_AS_OF, datedCases, takesAsOf } from "../../../src/tools/bench/dated-cases.js";

const words = z.strictObject({ sv: z.string().min(3), en: z.string().min(3) });
const types = z.union([z.literal("any"), z.array(z.enum(ENTITY_TYPES))]);
const fixed = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional();
/** A phrasing form may also set a list argument ("överenskommelser" sets `kinds`). */
const formFixed = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string()).min(1)])).optional();
/** The shape of a question.json, strictly: a misspelt key is an error, not a silently missing part. */
/** Its Swedish phrasings (src/reader/): patterns of words with `{subject}`, `{date}` and `{amount}` slots. */
const phrasings = z.strictObject({
  dates: z.enum(["period", "asOf", "subject", "none"]),
  forms: z.array(z.strictObject({ fixed: formFixed, reading: z.string().min(3), patterns: z.array(z.string().regex(/^[a-zåäö0-9 ()[\]|{}*-]+$/)).min(1) })).min(1),
  examples: z.array(z.string().min(5)).min(1),
});
const questionFile = z.strictObject({
  name: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  field: z.string().regex(/^[a-z][A-Za-z]+$/),
  asked: words,
  label: words,
  description: words,
  subject: z.union([z.strictObject({ argument: z.enum(["id", "forum"]), types }), z.strictObject({ argument: z.enum(["text", "none"]), types: z.array(z.never()) })]),
  views: z.array(z.strictObject({ path: z.string().regex(/^[a-z-]*$/), title: z.string().min(3), types: z.union([types, z.array(z.never())]), fixed })).min(1),
  commands: z.array(z.strictObject({ word: z.string().regex(/^[a-zåäö-]+$/), fixed })).min(1),
  phrasings,
});

const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase());
const src = (...parts: string[]) => join(projectRoot, "src", ...parts);

describe("the registry of questions", () => {
  it("names every question folder, and nothing else", () => {
    const folders = readdirSync(questionsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== "shared")
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual(QUESTIONS.map((q) => q.name).sort());
  });

  it("has one name, one field, one view path and one CLI word per thing", () => {
    const unique = (values: string[]) => expect(new Set(values).size, values.join(" ")).toBe(values.length);
    unique(QUESTIONS.map((q) => q.name));
    unique(QUESTIONS.map((q) => q.field));
    unique(QUESTIONS.flatMap((q) => q.views.map((v) => v.path)));
    unique(QUESTIONS.flatMap((q) => [...q.commands.map((c) => c.word), q.name]));
    for (const q of QUESTIONS) {
      for (const c of q.commands) expect(questionForCommand(c.word)?.question.name).toBe(q.name);
      for (const v of q.views) expect(viewForPath(v.path)?.question.name).toBe(q.name);
    }
  });

  it("is the table of questions in docs/analyst-queries.md (npm run docs:questions writes it)", () => {
    const page = readFileSync(join(projectRoot, "docs", "analyst-queries.md"), "utf8");
    expect(withQuestionsTable(page) === page, "run npm run docs:questions").toBe(true);
  });

  for (const q of QUESTIONS) {
    describe(q.name, () => {
      it("has a question.json of the registry's shape", () => {
        const file: unknown = JSON.parse(readFileSync(join(questionsDir, q.name, "question.json"), "utf8"));
        const parsed = questionFile.safeParse(file);
        expect(parsed.success, parsed.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")).toBe(true);
      });

      it("has its Swedish and English words", () => {
        for (const words of [q.asked, q.label, q.description]) {
          expect(words.sv.trim().length, q.name).toBeGreaterThan(2);
          expect(words.en.trim().length, q.name).toBeGreaterThan(2);
        }
      });

      it("has its SDL, defining its field", () => {
        const sdl = readFileSync(join(questionsDir, q.name, "schema.graphql"), "utf8");
        expect(sdl).toMatch(new RegExp(`extend type Query \\{[\\s\\S]*\\b${q.field}\\(`));
      });

      it("has a resolver and Cypher that answer its example's variables", async () => {
        const module = await questionModule(q);
        const example = questionExample(q);
        const call = module.cypherFor(example.variables);
        expect(call.cypher).toMatch(/\$\w+/);
        expect(Object.keys(call.params).length).toBeGreaterThan(0);
      });

      it("has a GraphiQL example named after it, titled with the question as asked", () => {
        const example = questionExample(q);
        const operation = parse(example.operation).definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
        expect(operation.name?.value).toBe(pascal(q.name));
        expect(example.operation.split("\n")[0]).toBe(`# ${q.asked.sv} / ${q.asked.en}`);
        expect(example.operation).toContain(`${q.field}(`);
      });

      it("has an explore view and a CLI command with its formatter", () => {
        expect(q.views.length).toBeGreaterThan(0);
        expect(existsSync(src("explore", "page", "views", `${q.name}.ts`)), `src/explore/page/views/${q.name}.ts`).toBe(true);
        expect(q.commands.length).toBeGreaterThan(0);
        expect(existsSync(src("cli", "ask", "answers", `${q.name}.ts`)), `src/cli/ask/answers/${q.name}.ts`).toBe(true);
      });

      it("has a bench case on the seed graph and on a generated graph", async () => {
        const names = (await benchCases({ generated: true })).map((c) => c.name);
        expect(names).toContain(q.name);
        expect(names).toContain(`${q.name} (g01)`);
        expect(GENERATED_VARIABLES[q.name]).toBeDefined();
      });

      // Most questions read every dated fact and derive the state in the resolver, so the date
      // changes the GraphQL request, not always the statement: the case asks it over HTTP with the date.
      const example = questionExample(q);
      if (takesAsOf(example.operation) && !("asOf" in example.variables)) {
        it("is benchmarked with a date too, beside the same request without one", async () => {
          const dated = (await datedCases(await benchCases({ generated: false }))).find((c) => c.name === `${q.name} (per ${BENCH_AS_OF})`);
          expect(dated?.variables).toEqual({ ...example.variables, asOf: BENCH_AS_OF });
        });
      }
    });
  }
});
