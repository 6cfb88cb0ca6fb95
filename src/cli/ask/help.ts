/**
 * The help of `npm run ask`, in Swedish, derived from the registry of questions: every command
 * with the question as asked, an example on the example's own subject, the options its operation
 * declares, and the question's English name; then what each option does.
 */
import type { QuestionView } from "../../questions/definition.js";
import { QUESTIONS, type Question } from "../../questions/registry.js";
import { questionOperation } from "./operation.js";
import { GENERAL_OPTIONS, optionsOf, VARIABLE_OPTIONS } from "./options.js";

const COLUMN = 24;
const indent = " ".repeat(COLUMN);

const sameFixed = (a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/**
 * What a command asks: the question as asked for its first command; for another command, which
 * fixes other variables (bygger-pa), the title of the view that fixes the same.
 */
function commandTitle(question: Question, index: number, fixed: Readonly<Record<string, unknown>>): string {
  if (index === 0) return question.asked.sv;
  const view = (question.views as readonly QuestionView[]).find((v) => sameFixed(v.fixed ?? {}, fixed));
  return view ? `${question.label.sv}: ${view.title.toLowerCase()}` : question.label.sv;
}

function commandLines(question: Question): string[] {
  const { declared, example } = questionOperation(question);
  return question.commands.flatMap((command, i) => {
    const fixed = command.fixed ?? {};
    const options = optionsOf(question, fixed, declared);
    return [
      `  ${command.word.padEnd(COLUMN - 3)} ${commandTitle(question, i, fixed)}`,
      `${indent}t.ex. npm run ask -- ${command.word}${question.subject.argument === "none" ? "" : ` ${String(example[question.subject.argument])}`}`,
      ...(options.length ? [`${indent}flaggor: ${options.join(", ")}`] : []),
      ...(i === 0 ? [`${indent}på engelska: ${question.name}`] : []),
    ];
  });
}

function optionLine(names: readonly string[], placeholder: string | undefined, help: string): string {
  const [first, ...others] = names;
  const also = others.length ? `(${others.map((n) => `--${n}`).join(", ")}) ` : "";
  return `  ${`--${first}${placeholder ? ` ${placeholder}` : ""}`.padEnd(COLUMN - 3)} ${also}${help}`;
}

export function helpText(): string {
  return [
    "Användning: npm run ask -- \"<en fråga med egna ord>\" [--json] [--url URL]",
    "       eller npm run ask -- <fråga> <id, namn eller söktext> [flaggor]",
    "",
    "En fråga med egna ord läses av API:ts läsare av frågor (npm run ask -- \"vilka avtal beror på HoS-avtalet\"):",
    "den säger hur den läste frågan, frågar tillbaka när den är osäker och svarar aldrig på en gissning.",
    "",
    "Ett namn, en förkortning eller en felstavning går bra där ett id efterfrågas",
    "(npm run ask -- beroenden HoS-avtalet). Utan id eller text svarar frågan på sitt exempel.",
    "",
    "Frågor:",
    ...QUESTIONS.flatMap(commandLines),
    "",
    "Flaggor (de som sätter något i frågan gäller där frågan tar dem):",
    ...VARIABLE_OPTIONS.map((o) => optionLine(o.names, o.placeholder, o.help)),
    ...GENERAL_OPTIONS.map((o) => optionLine(o.names, o.placeholder, o.help)),
    "",
    "Slutkod: 0 besvarad, 1 fel, 2 frågan, en flagga, id:t eller namnet behöver rättas eller förtydligas.",
  ].join("\n");
}
