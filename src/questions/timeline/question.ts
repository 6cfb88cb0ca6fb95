/** The life of an agreement, project or fund in date order. */
import { ENTITY_TYPES } from "../../model/entity-types.js";
import type { QuestionDefinition } from "../definition.js";

export const timeline = {
  name: "timeline",
  field: "timeline",
  asked: { sv: "Vad har hänt med HoS-avtalet, och när?", en: "What happened to the HoS agreement, and when?" },
  label: { sv: "Tidslinje", en: "Timeline" },
  description: {
    sv: "Uppdrag, remisser, ställningstaganden, förlängningar, tidsgränser och planerade beslut i datumordning.",
    en: "Commissions, referrals, positions, extensions, deadlines and planned decisions in date order.",
  },
  subject: { argument: "id", types: ENTITY_TYPES },
  views: [{ path: "tidslinje", title: "Tidslinje", types: ENTITY_TYPES }],
  commands: [{ word: "tidslinje" }],
} as const satisfies QuestionDefinition;
