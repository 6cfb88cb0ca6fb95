/** Where a grant's money went, from the grantor to its final use. */
import type { QuestionDefinition } from "../definition.js";

export const fundFlow = {
  name: "fund-flow",
  field: "fundFlow",
  asked: { sv: "Vart gick pengarna?", en: "Where did the money go?" },
  label: { sv: "Pengaflöde", en: "Fund flow" },
  description: {
    sv: "Pengarna från källa till användning för ett bidrag (eller allt en organisation betalar och tar emot), med belopp, beslut och summor.",
    en: "The money from source to final use for a grant (or everything an organisation pays and receives), with amounts, decisions and totals.",
  },
  subject: { argument: "id", types: ["Fund", "Organisation"] },
  views: [{ path: "pengar", title: "Pengaflöde", types: ["Fund", "Organisation"] }],
  commands: [{ word: "pengar" }],
} as const satisfies QuestionDefinition;
