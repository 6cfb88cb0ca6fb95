/** What a forum took positions on in a period, by type of position. */
import type { QuestionDefinition } from "../definition.js";

export const forumPositions = {
  name: "forum-positions",
  field: "forumPositions",
  asked: { sv: "Vilka ställningstaganden tog SRO under 2022?", en: "Which positions did SRO take in 2022?" },
  label: { sv: "Ställningstaganden", en: "Positions" },
  description: {
    sv: "Ett forums ställningstaganden under en period, grupperade efter typ, med lydelse, möte och källa.",
    en: "A forum's positions in a period, grouped by type, with wording, meeting and source.",
  },
  subject: { argument: "id", types: ["Forum"] },
  views: [{ path: "stallningstaganden", title: "Ställningstaganden", types: ["Forum"] }],
  commands: [{ word: "stallningstaganden" }],
} as const satisfies QuestionDefinition;
