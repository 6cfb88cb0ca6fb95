/**
 * `npm run ask -- "<en fråga med egna ord>"`: the API's reader reads it (free-question.ts).
 * `npm run ask -- <fråga> <id, namn eller text> [flaggor]`: asks the running API one of the
 * registry's analyst questions and prints the answer as Swedish text with its sources, for people
 * who don't write GraphQL. `npm run ask -- --hjälp` lists the commands (help.ts).
 *
 *   npm run ask -- beroenden HoS-avtalet        which documents depend on the HoS-avtal (by name)
 *   npm run ask -- bygger-pa doc:hos-avtal-2025 what the new agreement builds on
 *   npm run ask -- stallningstaganden forum:sro --fran 2022-01-01 --till 2022-12-31
 *   npm run ask -- visa SRO                     an entity's facts, relations and sources
 *
 * The CLI sends the question's GraphiQL example operation with the variables the command fixes
 * and the options set; a name is resolved to an id through the API's search (subject.ts).
 * The server is checked first (server.ts): a program on the address that is not this project's
 * API is refused, and every answer ends with the server that gave it.
 * Exit codes: 0 answered, 1 an error (the API unreachable, not this project's, or answering with
 * errors), 2 the command line, the id or the name needs correcting.
 */
import type { QuestionName } from "../../questions/registry.js";
import { formatAnswer, type Answers } from "./answers/index.js";
import { parseCommandLine, variablesFor, type AskCommand } from "./command-line.js";
import { checkEnumValues } from "./enum-values.js";
import { askFreeQuestion } from "./free-question.js";
import { helpText } from "./help.js";
import { dataOf, graphQLClient, type GraphQLError } from "./http.js";
import { questionOperation } from "./operation.js";
import { UsageError, variableOptionFor } from "./options.js";
import { answeredBy, checkServer, serverAddress } from "./server.js";
import { resolveSubject } from "./subject.js";
import { Report } from "./text.js";

/** An error of the API; a rejected argument is named by the option that set it. */
function describeError(error: GraphQLError, command: AskCommand): string {
  const problems = error.extensions?.problems ?? [];
  if (problems.length === 0) return `API:t svarade med fel: ${error.message}`;
  return problems
    .map((p) => {
      const option = command.options.find((o) => o.variable === p.argument)?.option ?? variableOptionFor(p.argument)?.names[0];
      return `${option ? `--${option}` : p.argument}: API:t tar inte värdet (${p.message}).`;
    })
    .join("\n");
}

async function main(argv: readonly string[]): Promise<number> {
  const command = parseCommandLine(argv);
  if (command.kind === "help") {
    console.log(helpText());
    return 0;
  }
  const server = serverAddress(command.url, process.env.ASK_URL);
  await checkServer(server);
  if (command.kind === "question") return askFreeQuestion(command, server);
  const post = graphQLClient(server.url);
  const operation = questionOperation(command.question);
  const out = new Report(command.brief);
  command.options = await Promise.all(command.options.map((o) => checkEnumValues(post, o)));
  let subject = command.subject;
  if (subject !== null && command.question.subject.types.length > 0) {
    subject = await resolveSubject(post, command, subject, out);
    if (subject === null) {
      console.log(out.take());
      return 2;
    }
  }
  const response = await post(operation.text, variablesFor(command, operation.example, subject));
  if (command.json) {
    console.log(JSON.stringify(response, null, 2));
    return response.errors?.length ? 1 : 0;
  }
  formatAnswer(command.question.name, dataOf<Answers[QuestionName]>(response, (e) => describeError(e, command)), out);
  out.say();
  out.say(answeredBy(server));
  console.log(out.take());
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
