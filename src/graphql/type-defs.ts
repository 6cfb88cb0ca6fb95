/**
 * The type definitions the API is built from: the vocabulary's enums (printed from
 * src/model/vocabulary.ts), schema/*.graphql in file-name order, then each analyst question's SDL
 * (src/questions/<name>/schema.graphql) in registry order, the reader's `ask` (src/reader/) and the Swedish `labels` (src/labels/), with the field groups of
 * schema/01-field-groups.graphql spread where a type says `...Group`.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { projectRoot } from "../config/paths.js";
import { questionTypeDefs } from "../questions/server.js";
import { labelsTypeDefs } from "../labels/resolver.js";
import { askTypeDefs } from "../reader/resolver.js";
import { expandFieldGroups, type SdlSource } from "./field-groups.js";
import { vocabularySdl, vocabularySourceName } from "./vocabulary-sdl.js";

const schemaDir = join(projectRoot, "schema");

/** The .graphql files of a folder, in file-name order, named by their path in the project. */
function readSdlFiles(dir: string): SdlSource[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => ({ name: relative(projectRoot, join(dir, name)), body: readFileSync(join(dir, name), "utf8") }));
}

export function readTypeDefs(dir = schemaDir): string {
  const questions = [...questionTypeDefs(), askTypeDefs(), labelsTypeDefs()].map(({ file, text }) => ({ name: file, body: text }));
  return expandFieldGroups([{ name: vocabularySourceName, body: vocabularySdl() }, ...readSdlFiles(dir), ...questions]);
}
