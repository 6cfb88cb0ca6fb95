/**
 * The search box on every page: an ARIA combobox whose suggestions come from the API's `search`
 * (the same ranking as `npm run ask`), each with type, status, date and forum. Arrow keys move,
 * Enter opens, Escape closes; each suggestion is also a plain link.
 */
import { gql, type EntityRef } from "./api.js";
import { clear, h } from "./dom.js";
import { typeSv } from "./labels.js";

export interface Hit {
  entity: EntityRef;
  match: string;
  matchedName: string | null;
  date: string | null;
  forum: { name: string } | null;
}

const SEARCH = `query ExploreSearch($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) { hits { match matchedName date forum { name } entity { id type name shortName kind status } } }
}`;

export async function searchHits(text: string, limit = 8): Promise<Hit[]> {
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  return (await gql<{ search: { hits: Hit[] } }>(SEARCH, { text: text.slice(0, 200), limit })).search.hits;
}

export const entityUrl = (id: string, view?: string) => `/explore/${encodeURIComponent(id).replace(/%3A/gi, ":")}${view ? `/${view}` : ""}`;

/** One suggestion's text: the name and what tells it apart (type, status, date, forum). */
export function hitDetails(hit: Hit): string {
  return [typeSv(hit.entity.type), hit.entity.status, hit.date, hit.forum?.name].filter(Boolean).join(" · ");
}

export function hitItem(hit: Hit, id?: string): HTMLElement {
  return h(
    "li",
    { id, role: id ? "option" : undefined, class: "hit", "aria-selected": id ? "false" : undefined, "data-id": hit.entity.id },
    h("a", { href: entityUrl(hit.entity.id), tabindex: "-1" }, h("span", { class: "hit-name" }, hit.entity.name), h("span", { class: "hit-details" }, hitDetails(hit))),
  );
}

export function mountSearchBox(host: HTMLElement): void {
  const input = h("input", {
    id: "search-input",
    type: "search",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": "search-suggestions",
    placeholder: "Sök namn, förkortning… (t.ex. HoS-avtalet, vastkom)",
    autocomplete: "off",
    "aria-label": "Sök i grafen",
  });
  const list = h("ul", { id: "search-suggestions", role: "listbox", class: "suggestions", hidden: true, "aria-label": "Förslag" });
  const status = h("p", { class: "visually-hidden", "aria-live": "polite", id: "search-status" });
  let hits: Hit[] = [];
  let active = -1;
  let timer: number | undefined;
  let asked = 0;

  const setActive = (i: number) => {
    const items = Array.from(list.querySelectorAll<HTMLElement>("[role=option]"));
    items.forEach((el, j) => el.setAttribute("aria-selected", String(j === i)));
    active = i;
    if (i >= 0 && items[i]) input.setAttribute("aria-activedescendant", items[i]!.id);
    else input.removeAttribute("aria-activedescendant");
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  };
  const show = (text: string) => {
    clear(list);
    if (hits.length === 0) list.append(h("li", { class: "no-hit", role: "option", "aria-disabled": "true", id: "search-none" }, `Inga träffar för "${text}"`));
    hits.forEach((hit, i) => list.append(hitItem(hit, `search-option-${i}`)));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    status.textContent = hits.length ? `${hits.length} förslag` : "Inga träffar";
    setActive(-1);
  };
  const run = async () => {
    const text = input.value.trim();
    const mine = ++asked;
    if (!text) return close();
    try {
      const found = await searchHits(text);
      if (mine !== asked) return; // a later keystroke has asked again
      hits = found;
      show(text);
    } catch (error) {
      status.textContent = `Sökningen misslyckades: ${(error as Error).message}`;
    }
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 150);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && hits.length) {
      e.preventDefault();
      if (list.hidden) show(input.value.trim());
      setActive(Math.min(hits.length - 1, active + 1));
    } else if (e.key === "ArrowUp" && hits.length) {
      e.preventDefault();
      setActive(Math.max(0, active - 1));
    } else if (e.key === "Enter") {
      e.preventDefault();
      const hit = hits[active >= 0 ? active : 0];
      if (hit) location.assign(entityUrl(hit.entity.id));
      else void run();
    } else if (e.key === "Escape") close();
  });
  input.addEventListener("blur", () => window.setTimeout(close, 200));
  host.append(h("div", { class: "search" }, input, list, status));
}
