/**
 * The Cypher of an analyst question: one statement in its folder (src/questions/<name>/query.cypher),
 * read once per variant, with the shared fragments expanded (src/database/cypher-fragments.ts).
 */
import { join } from "node:path";
import { projectRoot } from "../../config/paths.js";
import { readStatement } from "../../database/cypher-files.js";

export const questionsDir = join(projectRoot, "src", "questions");

const cache = new Map<string, string>();

export function questionCypher(question: string, slots: Readonly<Record<string, string>> = {}, file = "query.cypher"): string {
  const key = `${question}/${file} ${JSON.stringify(slots)}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = readStatement(join(questionsDir, question, file), slots);
    cache.set(key, text);
  }
  return text;
}
