/** A chain of relationships as text: "A <relation in Swedish> B", inferred steps with their reason, each with its sources. */
import type { ExploreStepFragment } from "../../../generated/graphql.js";
import { relationSv } from "../../../labels/sv.js";
import { h } from "../dom.js";
import { sourceDetails } from "./sources.js";

export const inferredNote = (step: { inferred: boolean; because: string | null }): string => (step.inferred ? ` (slutsats: ${step.because ?? "ej angivet"})` : "");

export function stepItem(step: ExploreStepFragment): HTMLElement {
  return h("li", {}, `${step.from.name} ${relationSv(step.relation)} ${step.to.name}`, step.inferred ? h("span", { class: "inferred" }, inferredNote(step)) : "", sourceDetails(step.sources));
}

export const stepList = (steps: readonly ExploreStepFragment[]): HTMLElement => h("ul", { class: "chain" }, steps.map(stepItem));
