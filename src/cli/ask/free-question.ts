/**
 * `npm run ask -- "<en fråga med egna ord>"`: the API's reader (the field `ask`) reads the
 * question; the CLI says how it read it and then asks the chosen question with the variables the
 * reader chose, printed by that question's formatter. When the reader is unsure it asks back
 * ("Menar du …?") with the readings it weighed, and when it cannot read the question it says so
 * with questions it can answer: neither answers anything (exit code 2).
 */
import { readFileSync } from "node:fs";
import type { AskQuestionQuery } from "../../generated/graphql.js";
import { questionEntry, type QuestionName } from "../../questions/registry.js";
import { formatAnswer, type Answers } from "./answers/index.js";
import type { FreeQuestion } from "./command-line.js";
import { dataOf, graphQLClient } from "./http.js";
import { questionOperation } from "./operation.js";
import { answeredBy, type ServerAddress } from "./server.js";
import { Report } from "./text.js";

const ASK_QUESTION = readFileSync(new URL("./operations/ask-question.graphql", import.meta.url), "utf8");

const share = (confidence: number) => `${Math.round(confidence * 100)} %`;

/** Prints the reading and the answer, or what the reader asks back; returns the exit code. */
export async function askFreeQuestion(command: FreeQuestion, server: ServerAddress): Promise<number> {
  const post = graphQLClient(server.url);
  const response = await post(ASK_QUESTION, { question: command.text });
  const { ask } = dataOf<AskQuestionQuery>(response, (e) => `API:t svarade med fel: ${e.message}`);
  const reading = ask.interpretation;
  if (ask.outcome !== "ANSWERED" || !reading.kind || !reading.variables) {
    if (command.json) {
      console.log(JSON.stringify(response, null, 2));
      return 2;
    }
    const lines = [ask.message];
    if (ask.outcome === "AMBIGUOUS") lines.push(...reading.alternatives.map((a, i) => `  ${i + 1}. ${a.reading} (säkerhet ${share(a.confidence)})`));
    lines.push(...reading.notes.map((n) => `Obs: ${n}`));
    console.log(lines.join("\n"));
    return 2;
  }
  const question = questionEntry(reading.kind as QuestionName);
  const operation = questionOperation(question);
  // Only the variables the question's operation declares (the reader may read a date the operation does not take).
  const chosen = JSON.parse(reading.variables) as Record<string, unknown>;
  const variables = Object.fromEntries(operation.declared.filter((v) => v.name in chosen).map((v) => [v.name, chosen[v.name]]));
  const answer = await post(operation.text, variables);
  if (command.json) {
    console.log(JSON.stringify({ ask: response.data?.ask, answer }, null, 2));
    return answer.errors?.length ? 1 : 0;
  }
  const out = new Report(command.brief);
  out.say(ask.message);
  for (const note of reading.notes) out.say(`Obs: ${note}`);
  out.say();
  formatAnswer(question.name, dataOf<Answers[QuestionName]>(answer, (e) => `API:t svarade med fel: ${e.message}`), out);
  out.say();
  out.say(answeredBy(server));
  console.log(out.take());
  return 0;
}
