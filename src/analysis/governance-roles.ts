/**
 * Swedish labels of the roles in a governance chain (the `role` of each step of
 * `governanceChain`), shared by the ask CLI and the explore page. Pure data: the page's bundle
 * imports it too.
 */
export const ROLE_SV: Record<string, string> = {
  PRODUCED_BY: "Tas fram i",
  PART_OF: "Hör till",
  COMMISSIONED_BY: "Uppdragsgivare",
  ASSIGNED_BY: "Uppdraget gavs genom",
  STEERED_BY: "Styrgrupp",
  PREPARED_BY: "Bereds av",
  ADVISED_BY: "Referensgrupp",
  CARRIED_OUT_BY: "Genomförs av",
  REPORTS_TO: "Rapporterar till",
  POSITION_TAKEN: "Ställningstagande",
  TAKEN_BY: "Ställningstagandet togs av",
  RECOMMENDS_TO: "Rekommenderar beslut hos",
  PARTY: "Part (antar)",
};
