/** Full-text search over names, titles and decision texts. */
import type { QuestionDefinition } from "../definition.js";

export const search = {
  name: "search",
  field: "search",
  asked: { sv: "Var nämns förlängningen av överenskommelsen?", en: "Where is the extension of the agreement mentioned?" },
  label: { sv: "Sök", en: "Search" },
  description: {
    sv: "Fritextsökning i namn, titlar, beskrivningar och beslutstexter, rangordnad efter hur väl namnen stämmer.",
    en: "Full-text search over names, titles, descriptions and decision texts, ranked by how well the names match.",
  },
  subject: { argument: "text", types: [] },
  views: [{ path: "sok", title: "Sökresultat", types: [] }],
  commands: [{ word: "sok" }],
} as const satisfies QuestionDefinition;
