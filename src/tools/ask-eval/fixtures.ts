/**
 * The evaluation's questions (test/fixtures/ask/*.txt): one a line, `expected | entity | dates |
 * question`, checked at the boundary; a bad line is an error naming its file and line.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

export const NOT_ANSWERED = ["AMBIGUOUS", "UNREADABLE", "UNANSWERED"] as const;

export interface EvalQuestion {
  file: string;
  line: number;
  /** A registry question's name, or one of NOT_ANSWERED. */
  expected: string;
  entity: string | null;
  dates: { asOf: string } | { from: string | null; to: string | null } | null;
  question: string;
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
const line = z.tuple([
  z.string().regex(/^(?:[a-z]+(?:-[a-z]+)*|AMBIGUOUS|UNREADABLE|UNANSWERED)$/, "a question's name, AMBIGUOUS, UNREADABLE or UNANSWERED"),
  z.string().regex(/^(?:-|[a-z]+:[a-z0-9-]+)$/, "an entity id or -"),
  z.union([z.literal("-"), z.string().regex(/^asOf=\d{4}-\d{2}-\d{2}$/), z.string().regex(/^(?:\d{4}-\d{2}-\d{2})?\.\.(?:\d{4}-\d{2}-\d{2})?$/)], { message: "from..to, asOf=YYYY-MM-DD or -" }),
  z.string(),
]);

function datesOf(text: string): EvalQuestion["dates"] {
  if (text === "-") return null;
  if (text.startsWith("asOf=")) return { asOf: day.parse(text.slice(5)) };
  const [from, to] = text.split("..");
  return { from: from || null, to: to || null };
}

export function readEvalQuestions(file: string): EvalQuestion[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((text, i) => {
      if (!text.trim() || text.startsWith("#")) return [];
      const parts = text.split(" | ");
      const parsed = line.safeParse([parts[0], parts[1], parts[2], parts.slice(3).join(" | ")].map((p) => p?.trim() ?? ""));
      if (!parsed.success || parts.length < 4) throw new Error(`${file}:${i + 1}: expected "expected | entity | dates | question": ${parsed.error?.issues.map((x) => `field ${Number(x.path[0]) + 1}: ${x.message}`).join("; ") ?? "too few fields"}`);
      const [expected, entity, dates, question] = parsed.data;
      return [{ file, line: i + 1, expected, entity: entity === "-" ? null : entity, dates: datesOf(dates), question }];
    });
}
