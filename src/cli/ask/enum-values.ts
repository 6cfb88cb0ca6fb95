/**
 * The values of an enum-typed option, checked against the API's own enum before the question is
 * asked: a wrong value gets a Swedish error naming the option and the values it takes, and a value
 * typed in another case is accepted ("part_of" for PART_OF).
 */
import { readFileSync } from "node:fs";
import type { AskEnumValuesQuery } from "../../generated/graphql.js";
import type { OptionValue } from "./command-line.js";
import { dataOf, type PostGraphQL } from "./http.js";
import { namedType } from "./operation.js";
import { UsageError } from "./options.js";

const ENUM_VALUES = readFileSync(new URL("./operations/ask-enum-values.graphql", import.meta.url), "utf8");
const BUILT_IN_SCALARS = new Set(["Int", "Float", "String", "Boolean", "ID"]);

/** The option's value with each enum value in the API's spelling; unchanged when its type is no enum. */
export async function checkEnumValues(post: PostGraphQL, option: OptionValue): Promise<OptionValue> {
  const typeName = namedType(option.type);
  if (BUILT_IN_SCALARS.has(typeName) || typeof option.value === "boolean") return option;
  const type = dataOf<AskEnumValuesQuery>(await post(ENUM_VALUES, { name: typeName })).__type;
  if (type?.kind !== "ENUM" || !type.enumValues) return option;
  const allowed = type.enumValues.map((v) => v.name);
  const canonical = (value: unknown): unknown => {
    const match = allowed.find((a) => a.toLowerCase() === String(value).toLowerCase());
    if (!match) throw new UsageError(`--${option.option}: okänt värde "${String(value)}". Möjliga värden: ${allowed.join(", ")}.`);
    return match;
  };
  return { ...option, value: Array.isArray(option.value) ? option.value.map(canonical) : canonical(option.value) };
}
