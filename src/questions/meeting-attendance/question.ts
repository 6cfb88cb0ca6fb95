/** A meeting: who was invited, absent and presenting, and the positions per agenda item. */
import type { QuestionDefinition } from "../definition.js";

export const meetingAttendance = {
  name: "meeting-attendance",
  field: "meetingAttendance",
  asked: { sv: "Vilka var kallade och frånvarande, och vad beslutades?", en: "Who was invited and absent, and what was decided?" },
  label: { sv: "Mötet", en: "Meeting" },
  description: {
    sv: "Ett mötes kallade, frånvarande och föredragande, och därmed troligen närvarande.",
    en: "A meeting's invited, absent and presenting people, and so who was presumably present.",
  },
  subject: { argument: "id", types: ["Meeting"] },
  views: [{ path: "mote", title: "Mötet", types: ["Meeting"] }],
  commands: [{ word: "mote" }],
} as const satisfies QuestionDefinition;
