/**
 * The `labels` query: the labels module's words (sv.ts) as data, so that a website shows the
 * Swedish word beside each code the API gives without a translation table of its own.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../config/paths.js";
import { ENTITY_TYPE_SV, ENUM_SV, PROPERTY_SV, RELATION_SV } from "./sv.js";

const asLabels = (words: Readonly<Record<string, string>>) => Object.entries(words).map(([code, label]) => ({ code, label }));

/** Every group of labels, enums by name first, in a fixed order. */
export const LABEL_GROUPS: readonly { name: string; labels: { code: string; label: string }[] }[] = [
  ...Object.entries(ENUM_SV).map(([name, words]) => ({ name, labels: asLabels(words as Record<string, string>) })),
  { name: "EntityType", labels: asLabels(ENTITY_TYPE_SV) },
  { name: "RelationType", labels: asLabels(RELATION_SV) },
  { name: "Property", labels: asLabels(PROPERTY_SV) },
];

export function resolveLabels(_root: unknown, args: { names?: readonly string[] | null }) {
  const names = args.names ?? null;
  return names ? LABEL_GROUPS.filter((g) => names.includes(g.name)) : LABEL_GROUPS;
}

export function labelsTypeDefs(): { file: string; text: string } {
  const file = "src/labels/schema.graphql";
  return { file, text: readFileSync(join(projectRoot, file), "utf8") };
}
