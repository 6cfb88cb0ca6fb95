/** An entity's own facts and every relationship to or from it: the explore page's entity page. */
import { ENTITY_TYPES } from "../../model/entity-types.js";
import type { QuestionDefinition } from "../definition.js";

export const neighbourhood = {
  name: "neighbourhood",
  field: "neighbourhood",
  asked: { sv: "Vad vet grafen om SRO?", en: "What does the graph know about SRO?" },
  label: { sv: "Översikt", en: "Overview" },
  description: {
    sv: "En entitets egna fakta och källor och alla dess relationer, med noden i andra änden.",
    en: "An entity's own facts and sources and all its relationships, with the node at the other end.",
  },
  subject: { argument: "id", types: ENTITY_TYPES },
  views: [{ path: "", title: "Översikt", types: ENTITY_TYPES }],
  commands: [{ word: "visa" }],
} as const satisfies QuestionDefinition;
