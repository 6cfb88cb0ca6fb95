/**
 * The subject of a question as the user typed it, made an id: says which entity a name was taken
 * for ("Tolkar ... som"), lists close candidates (and in a terminal asks which), and answers an
 * unknown id or name with "Menade du". Null, with the reason in the report, when the text names
 * no one entity.
 */
import { createInterface } from "node:readline/promises";
import { typeSv } from "../../labels/sv.js";
import { ENTITY_TYPES } from "../../model/entity-types.js";
import type { AskCommand } from "./command-line.js";
import type { PostGraphQL } from "./http.js";
import { describeCandidate, describeChoice, looksLikeId, resolveEntity, type Candidate } from "./resolve.js";
import type { Report } from "./text.js";

export async function resolveSubject(post: PostGraphQL, command: AskCommand, typed: string, out: Report): Promise<string | null> {
  const types = command.question.subject.types;
  const resolution = await resolveEntity(post, typed, types);
  const list = (candidates: Candidate[]) => candidates.forEach((c, i) => out.say(`  ${i + 1}. ${describeCandidate(c)}`));
  switch (resolution.kind) {
    case "id":
      return resolution.id;
    case "chosen":
      out.say(describeChoice(typed, resolution.chosen));
      out.say();
      return resolution.id;
    case "ambiguous": {
      out.say(`Flera ligger lika nära "${typed}":`);
      list(resolution.candidates);
      const picked = await choose(resolution.candidates.length, out);
      if (picked === null) {
        out.say("Ange id eller ett mer exakt namn, t.ex.:");
        out.say(`  npm run ask -- ${command.word} ${resolution.candidates[0]!.id}`);
        return null;
      }
      out.say(describeChoice(typed, resolution.candidates[picked]!));
      out.say();
      return resolution.candidates[picked]!.id;
    }
    case "none": {
      const among = types.length < ENTITY_TYPES.length ? ` bland ${types.map(typeSv).join(", ")}` : "";
      const misses = resolution.missing?.length ? ` Inget stämmer med ${resolution.missing.map((m) => `"${m}"`).join(" och ")}.` : "";
      out.say(looksLikeId(typed) ? `Okänt id "${typed}".` : `Ingen träff för "${typed}"${among}.${misses}`);
      if (resolution.suggestions.length) {
        out.say("Menade du:");
        list(resolution.suggestions);
      }
      return null;
    }
  }
}

/** In a terminal, asks which candidate to use (a number; empty to give up); otherwise null. */
async function choose(count: number, out: Report): Promise<number | null> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return null;
  console.log(out.take());
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = (await rl.question(`Välj 1–${count} (Enter avbryter): `)).trim();
    const n = Number(answer);
    return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : null;
  } finally {
    rl.close();
  }
}
