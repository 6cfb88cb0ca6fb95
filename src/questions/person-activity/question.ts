/** A person's roles and presentations over time. */
import type { QuestionDefinition } from "../definition.js";

export const personActivity = {
  name: "person-activity",
  field: "personActivity",
  asked: { sv: "Vad har personen gjort?", en: "What has this person done?" },
  label: { sv: "Person", en: "Person" },
  description: {
    sv: "En persons roller, föredragningar, kallelser och uppdrag över tid, var och en daterad och med källa.",
    en: "A person's roles, presentations, invitations and assignments over time, each dated and sourced.",
  },
  subject: { argument: "id", types: ["Person"] },
  views: [{ path: "person", title: "Aktivitet över tid", types: ["Person"] }],
  commands: [{ word: "person" }],
} as const satisfies QuestionDefinition;
