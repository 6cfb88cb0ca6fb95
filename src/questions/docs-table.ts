/**
 * The table of analyst questions in docs/analyst-queries.md, written from the registry (between
 * the markers below) by `npm run docs:questions`; a unit test fails when the page's table differs.
 */
import { QUESTIONS } from "./registry.js";

const TABLE_START = "<!-- questions table: written by `npm run docs:questions` from src/questions/registry.ts -->";
const TABLE_END = "<!-- end of questions table -->";

const code = (text: string) => `\`${text}\``;

function questionsTable(): string {
  const rows = QUESTIONS.map((q) => {
    const subject = q.subject.argument === "text" ? "<text>" : q.subject.argument === "none" ? "" : `<${q.subject.types.length > 3 ? "id" : q.subject.types.join(" or ")}>`;
    const views = q.views.map((v) => (v.types.length === 0 ? `/explore/${v.path}` : v.path === "" ? "/explore/<id>" : `…/${v.path}`));
    const commands = q.commands.map((c) => code(`${c.word} ${subject}`.trimEnd()));
    return `| ${q.asked.sv}<br>${q.asked.en} | ${code(q.name)} | ${code(q.field)} | ${views.map(code).join(", ")} | ${commands.join(", ")} |`;
  });
  return [
    TABLE_START,
    "| question | name (folder `src/questions/<name>/`, bench case) | GraphQL field | explore view | `npm run ask --` |",
    "|---|---|---|---|---|",
    ...rows,
    TABLE_END,
  ].join("\n");
}

/** The page with its table replaced by the registry's; throws when the markers are missing. */
export function withQuestionsTable(page: string): string {
  const start = page.indexOf(TABLE_START);
  const end = page.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error("docs/analyst-queries.md: the questions table's markers are missing");
  return page.slice(0, start) + questionsTable() + page.slice(end + TABLE_END.length);
}
