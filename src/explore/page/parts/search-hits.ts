/** Search hits: asked of the API's `search`, shown as a name with what tells it apart (type, status, date, forum). */
import type { ExploreSearchQuery, ExploreSearchQueryVariables } from "../../../generated/graphql.js";
import { ENUM_SV, statusSv, typeSv } from "../../../labels/sv.js";
import { entityUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import text from "./search-hits.graphql";

export type SearchAnswer = ExploreSearchQuery["search"];
export type Hit = SearchAnswer["hits"][number];

const SEARCH = operation<ExploreSearchQuery, ExploreSearchQueryVariables>(text);

/** What the API finds for a text; nothing for a text without a letter or digit. */
export async function search(text: string, limit = 8, asOf?: string): Promise<SearchAnswer> {
  if (!/[\p{L}\p{N}]/u.test(text)) return { truncated: false, hits: [] };
  return (await gql(SEARCH, { text: text.slice(0, 200), limit, asOf })).search;
}

export const searchHits = async (text: string, limit = 8): Promise<Hit[]> => (await search(text, limit)).hits;

/** One hit's details: "Möte · genomfört · 2025-01-30 · SRO"; a document's state on the asked date rather than a stored status. */
export function hitDetails(hit: Hit): string {
  const status = hit.state ? ENUM_SV.DocumentState[hit.state.state] : statusSv(hit.entity.type, hit.entity.status);
  return [typeSv(hit.entity.type), status, hit.date, hit.forum?.name].filter(Boolean).join(" · ");
}

/** A hit as a list item (an ARIA option when it has an id: a suggestion of the search box). */
export function hitItem(hit: Hit, id?: string): HTMLElement {
  return h(
    "li",
    { id, role: id ? "option" : undefined, class: "hit", "aria-selected": id ? "false" : undefined, "data-id": hit.entity.id },
    h("a", { href: entityUrl(hit.entity.id), tabindex: id ? "-1" : undefined }, h("span", { class: "hit-name" }, hit.entity.name), h("span", { class: "hit-details" }, hitDetails(hit))),
  );
}
