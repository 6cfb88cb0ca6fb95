/**
 * Reads `npm run ask -- <fråga> <id, namn eller text> [flaggor]`: the command word (a Swedish
 * command of the registry or a question's name), the subject as typed, and the options, each
 * checked against the variables the question's operation declares and read by their types.
 */
import type { TypeNode } from "graphql";
import { questionForCommand, type Question } from "../../questions/registry.js";
import { helpText } from "./help.js";
import { questionOperation, type DeclaredVariable } from "./operation.js";
import { generalOptionNamed, optionsOf, parseValue, UsageError, variableOptionNamed, type GeneralKey } from "./options.js";

/** An option that sets a variable of the question's operation. */
export interface OptionValue {
  /** As typed, without the dashes. */
  option: string;
  variable: string;
  type: TypeNode;
  value: unknown;
}

export interface AskCommand {
  kind: "ask";
  /** The command word as typed. */
  word: string;
  question: Question;
  /** Variables the command always sets (beroenden and bygger-pa fix the direction). */
  fixed: Readonly<Record<string, string | number | boolean>>;
  /** The id, name or text, as typed; null when none is given. */
  subject: string | null;
  options: OptionValue[];
  brief: boolean;
  json: boolean;
  url: string | null;
}

/** A question in plain Swedish (the first word is no command): read by the API's reader. */
export interface FreeQuestion {
  kind: "question";
  text: string;
  brief: boolean;
  json: boolean;
  url: string | null;
}

export type CommandLine = AskCommand | FreeQuestion | { kind: "help" };

/** The words and the general options of a free question; an option that sets a variable belongs to a command. */
function freeQuestion(argv: readonly string[]): FreeQuestion {
  const question: FreeQuestion = { kind: "question", text: "", brief: false, json: false, url: null };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) {
      words.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const general = generalOptionNamed(name);
    if (!general) throw new UsageError(`--${name} gäller ett kommando, inte en fråga med egna ord. Kommandona står i npm run ask -- --hjälp.`);
    if (general.key === "url") {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} behöver ett värde.`);
      question.url = value;
    } else if (general.key !== "help") question[general.key] = true;
  }
  question.text = words.join(" ");
  return question;
}

const HELP_WORDS = new Set(["help", "hjalp", "hjälp", "-h"]);

type Declared = (question: Question) => readonly DeclaredVariable[];

export function parseCommandLine(argv: readonly string[], declaredOf: Declared = (q) => questionOperation(q).declared): CommandLine {
  const [word, ...rest] = argv;
  if (word === undefined || HELP_WORDS.has(word.replace(/^--/, "")) || rest.some((a) => a.startsWith("--") && generalOptionNamed(a.slice(2))?.key === "help")) return { kind: "help" };
  if (word.startsWith("--")) throw new UsageError(`Ange frågan först, t.ex. npm run ask -- beroenden HoS-avtalet ${word}.\n\n${helpText()}`);
  const found = questionForCommand(word);
  if (!found) return freeQuestion(argv);
  const command: AskCommand = { kind: "ask", word, question: found.question, fixed: found.fixed, subject: null, options: [], brief: false, json: false, url: null };
  const declared = declaredOf(found.question);
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const takeValue = (): string => {
      const value = inline ?? rest[++i];
      if (value === undefined) throw new UsageError(`--${name} behöver ett värde.`);
      return value;
    };
    const general = generalOptionNamed(name);
    if (general) {
      setGeneral(command, general.key, general.key === "url" ? takeValue() : null);
      continue;
    }
    const option = variableOptionNamed(name);
    if (!option) throw new UsageError(`Okänd flagga --${name}. Flaggorna står i npm run ask -- --hjälp.`);
    const variable = declared.find((v) => v.name === option.variable);
    if (!variable || option.variable in command.fixed) throw new UsageError(notDeclared(command, name, declared));
    if (option.preset !== undefined && inline !== undefined) throw new UsageError(`--${name} tar inget värde.`);
    const value = option.preset !== undefined ? option.preset : parseValue(takeValue(), variable.type, name);
    command.options = [...command.options.filter((o) => o.variable !== option.variable), { option: name, variable: option.variable, type: variable.type, value }];
  }
  command.subject = positional.length ? positional.join(" ") : null;
  if (command.subject !== null && found.question.subject.argument === "none") throw new UsageError(`Frågan "${word}" (${found.question.asked.sv}) tar inget ämne, bara flaggor: ${optionsOf(found.question, found.fixed, declared).join(", ") || "inga"}.`);
  return command;
}

function setGeneral(command: AskCommand, key: GeneralKey, value: string | null): void {
  if (key === "url") command.url = value;
  else if (key !== "help") command[key] = true;
}

function notDeclared(command: AskCommand, name: string, declared: readonly DeclaredVariable[]): string {
  const own = optionsOf(command.question, command.fixed, declared);
  const takes = own.length ? `den tar ${own.join(", ")}` : "den tar inga flaggor utom --kort, --json och --url";
  return `Frågan "${command.word}" (${command.question.asked.sv}) tar inte flaggan --${name}; ${takes}.`;
}

/**
 * The variables to send: the subject, the command's fixed variables and the options. Without a
 * subject the CLI asks the question's example; options then replace the example's other
 * variables (its period, say) instead of adding to them.
 */
export function variablesFor(command: AskCommand, example: Readonly<Record<string, unknown>>, subject: string | null): Record<string, unknown> {
  const argument = command.question.subject.argument;
  const options = Object.fromEntries(command.options.map((o) => [o.variable, o.value]));
  if (argument === "none") return { ...(command.options.length ? {} : example), ...command.fixed, ...options };
  if (subject !== null) return { [argument]: subject, ...command.fixed, ...options };
  const base = command.options.length ? { [argument]: example[argument] } : example;
  return { ...base, ...command.fixed, ...options };
}
