/**
 * The GraphQL enums of the closed vocabularies, printed from src/model/vocabulary.ts (values,
 * order and descriptions), so the API cannot drift from what the seed validator accepts.
 */
import { GraphQLEnumType, printType } from "graphql";
import { enumValueDescriptions } from "../model/described-enum.js";
import * as vocabulary from "../model/vocabulary.js";

/** Where the printed enums come from, for messages that name a source. */
export const vocabularySourceName = "src/model/vocabulary.ts";

function vocabularyEnums(): GraphQLEnumType[] {
  return Object.entries(vocabulary).map(([name, schema]) => {
    const descriptions = enumValueDescriptions.get(schema);
    const values = schema.options.map((value) => [value, { description: descriptions?.[value] ?? undefined }]);
    return new GraphQLEnumType({ name, values: Object.fromEntries(values) });
  });
}

export function vocabularySdl(): string {
  return vocabularyEnums().map(printType).join("\n\n") + "\n";
}
