/** Which documents depend on an agreement, or what it builds on, with the chain and its sources. */
import type { QuestionDefinition } from "../definition.js";

export const documentDependencies = {
  name: "document-dependencies",
  field: "documentDependencies",
  asked: { sv: "Vilka avtal beror på HoS-avtalet?", en: "Which agreements depend on the HoS agreement?" },
  label: { sv: "Beroenden", en: "Dependencies" },
  description: {
    sv: "De dokument som beror på ett avtal (eller som det bygger på), direkt eller i flera steg, med kedjan och källan för varje steg.",
    en: "The documents that depend on an agreement (or that it builds on), directly or in several steps, with the chain and the source of every step.",
  },
  subject: { argument: "id", types: ["GoverningDocument"] },
  views: [
    { path: "beroenden", title: "Vad beror på det", types: ["GoverningDocument"], fixed: { direction: "DEPENDENTS" } },
    { path: "bygger-pa", title: "Vad det bygger på", types: ["GoverningDocument"], fixed: { direction: "DEPENDENCIES" } },
  ],
  commands: [
    { word: "beroenden", fixed: { direction: "DEPENDENTS" } },
    { word: "bygger-pa", fixed: { direction: "DEPENDENCIES" } },
  ],
} as const satisfies QuestionDefinition;
