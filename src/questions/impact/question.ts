/** What is affected if an agreement is terminated or not renewed. */
import type { QuestionDefinition } from "../definition.js";

export const impact = {
  name: "impact",
  field: "impact",
  asked: { sv: "Om HoS-avtalet sägs upp eller inte förlängs: vad påverkas?", en: "If the HoS agreement ends: what is affected?" },
  label: { sv: "Konsekvenser", en: "Impact" },
  description: {
    sv: "De dokument, projekt, forum och medel som berörs om ett avtal upphör, med kedjan och effekten.",
    en: "The documents, projects, forums and funds affected if an agreement ends, with the chain and the effect.",
  },
  subject: { argument: "id", types: ["GoverningDocument"] },
  views: [{ path: "konsekvenser", title: "Om det upphör", types: ["GoverningDocument"] }],
  commands: [{ word: "konsekvenser" }],
} as const satisfies QuestionDefinition;
