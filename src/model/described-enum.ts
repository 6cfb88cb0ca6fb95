/**
 * A closed vocabulary whose values carry a description for readers of the API. The values and
 * their descriptions are written once, as data; the zod enum validates seed files and the
 * GraphQL enum (src/graphql/vocabulary-sdl.ts) is printed from the same data.
 */
import { z } from "zod";

/** Each value's description (null: the value needs none), in the vocabulary's order. */
export type ValueDescriptions = Readonly<Record<string, string | null>>;

/** Where describedEnum keeps the descriptions: zod's registry, keyed by the enum schema itself. */
export const enumValueDescriptions = z.registry<ValueDescriptions, z.ZodEnum>();

/** `describedEnum({ MUNICIPALITY: "kommun", OTHER: null })`: a zod enum of the keys, in their order. */
export function describedEnum<const Values extends ValueDescriptions>(values: Values) {
  const schema = z.enum(Object.keys(values) as Extract<keyof Values, string>[]);
  enumValueDescriptions.add(schema, values);
  return schema;
}
