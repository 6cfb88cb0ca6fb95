/**
 * The ask CLI's command line: commands and their fixed variables from the registry, options read
 * by the type their variable has in the question's operation, and clear Swedish errors for an
 * unknown command, an unknown option and an option the question does not take.
 */
import { parseType } from "graphql";
import { describe, expect, it } from "vitest";
import { parseCommandLine, variablesFor, type AskCommand } from "../../../src/cli/ask/command-line.js";
import { helpText } from "../../../src/cli/ask/help.js";
import { questionOperation } from "../../../src/cli/ask/operation.js";
import { parseValue, UsageError, variableOptionFor } from "../../../src/cli/ask/options.js";
import { QUESTIONS } from "../../../src/questions/registry.js";

function ask(...argv: string[]): AskCommand {
  const command = parseCommandLine(argv);
  if (command.kind !== "ask") throw new Error(`expected a question, got ${command.kind}`);
  return command;
}

function usageError(...argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`expected a usage error for ${argv.join(" ")}`);
}

const optionValue = (command: AskCommand, variable: string): unknown => command.options.find((o) => o.variable === variable)?.value;

describe("ask command line", () => {
  it("reads an Int, a list and a flag by the types the operation declares", () => {
    const command = ask("beroenden", "HoS-avtalet", "--djup", "2", "--relationer", "PART_OF, REFERENCES", "--max=5", "--kort");
    expect(command.question.name).toBe("document-dependencies");
    expect(command.subject).toBe("HoS-avtalet");
    expect(optionValue(command, "maxDepth")).toBe(2);
    expect(optionValue(command, "relationTypes")).toEqual(["PART_OF", "REFERENCES"]);
    expect(optionValue(command, "limit")).toBe(5);
    expect(command.brief).toBe(true);
    expect(command.json).toBe(false);
    const timeline = ask("tidslinje", "doc:hos-avtal", "--utan-relaterade", "--från", "2022-01-01", "--to", "2022-12-31");
    expect(optionValue(timeline, "includeRelated")).toBe(false);
    expect(optionValue(timeline, "from")).toBe("2022-01-01");
    expect(optionValue(timeline, "to")).toBe("2022-12-31");
  });

  it("joins the words of a subject and takes --url and --json", () => {
    const command = ask("sok", "förlängning", "överenskommelse", "--url", "http://127.0.0.1:9/graphql", "--json");
    expect(command.subject).toBe("förlängning överenskommelse");
    expect(command.url).toBe("http://127.0.0.1:9/graphql");
    expect(command.json).toBe(true);
    expect(ask("pengar").subject).toBeNull();
  });

  it("parses values by GraphQL type: whole numbers, ja/nej, comma-separated lists", () => {
    expect(parseValue("12", parseType("Int"), "max")).toBe(12);
    expect(() => parseValue("12.5", parseType("Int"), "max")).toThrow(/--max ska vara ett heltal, inte "12.5"/);
    expect(parseValue("nej", parseType("Boolean"), "x")).toBe(false);
    expect(parseValue("Ja", parseType("Boolean!"), "x")).toBe(true);
    expect(() => parseValue("kanske", parseType("Boolean"), "x")).toThrow(/ja eller nej/);
    expect(parseValue("1,2", parseType("[Int!]"), "x")).toEqual([1, 2]);
    expect(() => parseValue(" , ", parseType("[String!]"), "typer")).toThrow(/--typer behöver minst ett värde/);
    expect(parseValue("2,5", parseType("Float"), "x")).toBe(2.5);
    expect(() => ask("styrning", "x", "--djup", "tre")).toThrow(UsageError);
  });

  it("refuses an unknown option, naming it", () => {
    expect(usageError("beroenden", "doc:hos-avtal", "--snabbt")).toMatch(/Okänd flagga --snabbt/);
  });

  it("refuses an option the question's operation does not declare, naming the option and the question", () => {
    const message = usageError("pengar", "fund:x", "--djup", "2");
    expect(message).toContain("--djup");
    expect(message).toContain('"pengar"');
    expect(message).toContain("Vart gick pengarna?");
    expect(usageError("mote", "meeting:x", "--fran", "2022-01-01")).toContain("--fran");
  });

  it("refuses a missing value and a value for a flag", () => {
    expect(usageError("styrning", "x", "--djup")).toMatch(/--djup behöver ett värde/);
    expect(usageError("tidslinje", "x", "--utan-relaterade=ja")).toMatch(/--utan-relaterade tar inget värde/);
  });

  it("reads words that are no command as a question in plain Swedish, with the general options", () => {
    expect(parseCommandLine(["vilka", "avtal", "beror", "på", "HoS-avtalet", "--kort", "--url", "http://x/graphql"])).toEqual({
      kind: "question",
      text: "vilka avtal beror på HoS-avtalet",
      brief: true,
      json: false,
      url: "http://x/graphql",
    });
    expect(parseCommandLine(["vilka avtal beror på HoS-avtalet"])).toMatchObject({ kind: "question", text: "vilka avtal beror på HoS-avtalet" });
    expect(usageError("vemvet", "--fran", "2022-01-01")).toMatch(/--fran gäller ett kommando, inte en fråga med egna ord/);
  });

  it("gives the help for no arguments and for the help words", () => {
    for (const argv of [[], ["--hjälp"], ["--help"], ["hjalp"], ["beroenden", "--hjalp"]]) expect(parseCommandLine(argv).kind).toBe("help");
  });

  it("takes every command word of the registry and each question's name, with the command's fixed variables", () => {
    for (const question of QUESTIONS) {
      for (const command of question.commands) {
        const parsed = ask(command.word);
        expect(parsed.question.name).toBe(question.name);
        expect(parsed.fixed).toEqual(command.fixed ?? {});
      }
      expect(ask(question.name).question.name).toBe(question.name);
    }
    expect(ask("bygger-pa").fixed).toEqual({ direction: "DEPENDENCIES" });
    expect(ask("document-dependencies").fixed).toEqual({ direction: "DEPENDENTS" });
  });

  it("has an option for every variable a question's operation declares beyond its subject and fixed variables", () => {
    for (const question of QUESTIONS) {
      const fixedEverywhere = new Set(question.commands.flatMap((c) => Object.keys(c.fixed ?? {})));
      const missing = questionOperation(question)
        .declared.filter((v) => v.name !== question.subject.argument && !fixedEverywhere.has(v.name) && !variableOptionFor(v.name))
        .map((v) => `${question.name}: $${v.name}`);
      expect(missing).toEqual([]);
    }
  });

  it("asks the example when no subject is given; options then replace the example's other variables", () => {
    const positions = ask("stallningstaganden");
    const { example } = questionOperation(positions.question);
    expect(variablesFor(positions, example, null)).toEqual(example);
    expect(example.from).toBeDefined();
    const from2023 = ask("stallningstaganden", "--fran", "2023-01-01");
    expect(variablesFor(from2023, example, null)).toEqual({ id: example.id, from: "2023-01-01" });
    expect(variablesFor(ask("stallningstaganden", "VVG"), example, "forum:vvg")).toEqual({ id: "forum:vvg" });
    const upstream = ask("bygger-pa", "x", "--djup", "2");
    expect(variablesFor(upstream, {}, "doc:hos-avtal")).toEqual({ id: "doc:hos-avtal", direction: "DEPENDENCIES", maxDepth: 2 });
  });

  it("lists in its help every command with its question and an example on the example's subject", () => {
    const help = helpText();
    for (const question of QUESTIONS) {
      const { example } = questionOperation(question);
      const subject = question.subject.argument === "none" ? "" : ` ${String(example[question.subject.argument])}`;
      for (const command of question.commands) expect(help).toContain(`npm run ask -- ${command.word}${subject}`);
      expect(help).toContain(question.name);
    }
    expect(help).toContain("Vart gick pengarna?");
  });
});
