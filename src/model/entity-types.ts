/**
 * The graph's node types, in the model's order: plain data (no validation library), so the
 * explore page's bundle can use it too. Every node carries its type as a label next to `Entity`.
 */
export const ENTITY_TYPES = [
  "Organisation",
  "Forum",
  "Person",
  "Membership",
  "Meeting",
  "AgendaItem",
  "Position",
  "GoverningDocument",
  "Fund",
  "FundFlow",
  "Project",
  "Milestone",
  "Topic",
] as const;
export type EntityTypeName = (typeof ENTITY_TYPES)[number];
