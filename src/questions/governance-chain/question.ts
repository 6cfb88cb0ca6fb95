/** Who commissions, steers, prepares, recommends and finally decides. */
import type { QuestionDefinition } from "../definition.js";

const SUBJECTS = ["Position", "GoverningDocument", "Project", "Forum"] as const;

export const governanceChain = {
  name: "governance-chain",
  field: "governanceChain",
  asked: { sv: "Vem beställer, styr, bereder och beslutar?", en: "Who commissions, steers, prepares and decides?" },
  label: { sv: "Styrkedja", en: "Governance chain" },
  description: {
    sv: "Vem som beställt, styr, bereder, ger råd om, rekommenderar och till sist beslutar om ett ställningstagande, dokument, projekt eller forum.",
    en: "Who commissioned, steers, prepares, advises on, recommends and finally decides on a position, document, project or forum.",
  },
  subject: { argument: "id", types: SUBJECTS },
  views: [{ path: "styrning", title: "Styrkedja", types: SUBJECTS }],
  commands: [{ word: "styrning" }],
} as const satisfies QuestionDefinition;
