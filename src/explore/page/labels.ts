/** Swedish words for the graph's types, relations and statuses (user-facing text: Swedish first). */
export const TYPE_SV: Record<string, string> = {
  Organisation: "Organisation",
  Forum: "Forum",
  Person: "Person",
  Membership: "Roll",
  Meeting: "Möte",
  AgendaItem: "Dagordningspunkt",
  Position: "Ställningstagande",
  GoverningDocument: "Styrdokument",
  Fund: "Medel",
  FundFlow: "Pengasteg",
  Project: "Projekt",
  Milestone: "Milstolpe",
  Topic: "Ämne",
};

export const RELATION_SV: Record<string, string> = {
  MEMBER_OF: "är medlem i",
  PART_OF: "är del av",
  COMPOSED_OF: "består av ledamöter från",
  ADVISES: "rekommenderar beslut hos",
  REPORTS_TO: "rapporterar till",
  COMMISSIONED_BY: "uppdragsgivare",
  AFFILIATED_WITH: "företräder",
  HOLDS: "har rollen",
  IN_BODY: "roll i",
  REPRESENTS: "representerar",
  OF_FORUM: "möte i",
  INVITED_TO: "kallad till",
  ABSENT_FROM: "frånvarande från",
  HAS_ITEM: "har punkten",
  FOLLOWS: "följer på",
  PRESENTED_BY: "föredragande",
  RESULTED_IN: "ledde till",
  CONCERNS: "gäller",
  TAKEN_BY: "togs av",
  RECOMMENDS: "rekommenderar",
  ASSIGNS: "ger uppdrag",
  ANNEXED_TO: "är bilaga till",
  TERM_FOLLOWS: "avtalstid följer",
  BUILDS_ON: "bygger på",
  IMPLEMENTS: "tillämpar",
  REPLACES: "ersätter",
  REVISES: "reviderar",
  REFERENCES: "hänvisar till",
  HAS_LEGAL_BASIS: "har lagstöd i",
  PARTY_TO: "part i",
  GRANTED_BY: "beviljas av",
  DIRECTED_TO: "riktat till",
  CONTINUES: "fortsätter",
  OF_FUND: "steg i",
  FLOWS_FROM: "pengar från",
  FLOWS_TO: "pengar till",
  AUTHORISED_BY: "godkänt genom",
  SUBPROJECT_OF: "delprojekt i",
  STEERED_BY: "styrs av",
  PREPARED_BY: "bereds av",
  ADVISED_BY: "referensgrupp",
  CARRIED_OUT_BY: "genomförs av",
  PRODUCES: "tar fram",
  COORDINATES_WITH: "samordnas med",
  MILESTONE_OF: "milstolpe för",
};

export const relationSv = (r: string) => RELATION_SV[r] ?? r.toLowerCase().replaceAll("_", " ");
export const typeSv = (t: string) => TYPE_SV[t] ?? t;

export function sek(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? "belopp okänt" : `${amount.toLocaleString("sv-SE")} kr`;
}

/** The views (analyst questions) that apply to an entity type: path segment and Swedish title. */
export function viewsFor(type: string): { view: string; title: string }[] {
  const v: { view: string; title: string }[] = [];
  if (type === "GoverningDocument") v.push({ view: "beroenden", title: "Vad beror på det" }, { view: "bygger-pa", title: "Vad det bygger på" }, { view: "konsekvenser", title: "Om det upphör" });
  if (["Position", "GoverningDocument", "Project", "Forum"].includes(type)) v.push({ view: "styrning", title: "Styrkedja" });
  if (["Fund", "Organisation"].includes(type)) v.push({ view: "pengar", title: "Pengaflöde" });
  if (type === "Meeting") v.push({ view: "mote", title: "Mötet" });
  v.push({ view: "tidslinje", title: "Tidslinje" });
  return v;
}

/** Swedish names of the properties shown as facts; unknown keys are shown as they are. */
export const FACT_SV: Record<string, string> = {
  shortName: "kortnamn",
  aliases: "även kallad",
  formerNames: "tidigare namn",
  kind: "slag",
  status: "status",
  title: "titel",
  role: "roll",
  party: "parti",
  version: "version",
  validFrom: "gäller från",
  validTo: "gäller till",
  extendedUntil: "förlängt till",
  validityText: "giltighet",
  renewalTerms: "förlängning",
  noticeTerms: "uppsägning",
  partiesTotal: "antal parter",
  partiesApproved: "parter som antagit",
  partiesNote: "om parterna",
  amountSek: "belopp (kr)",
  periodStart: "period från",
  periodEnd: "period till",
  purpose: "syfte",
  distributionKey: "fördelningsnyckel",
  order: "ordning",
  label: "nummer",
  month: "månad",
  date: "datum",
  endDate: "slutdatum",
  precision: "datumprecision",
  start: "start",
  end: "slut",
  startTime: "börjar",
  endTime: "slutar",
  location: "plats",
  format: "form",
  mandate: "mandat",
  hasDecisionMandate: "har beslutsmandat",
  positionType: "typ av ställningstagande",
  wording: "lydelse",
  decidedOn: "beslutat",
  decidedInMonth: "beslutat (månad)",
  asOf: "per",
  shareOfTimePercent: "andel av tjänst (%)",
  durationText: "varaktighet",
  minutesAllotted: "minuter",
};
