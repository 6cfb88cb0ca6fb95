/**
 * The search box on every page: an ARIA combobox whose suggestions come from the API's `search`
 * (the same ranking as `npm run ask`), each with type, status, date and forum. Arrow keys move,
 * Enter opens the chosen suggestion (or, with none chosen, the results page), Escape closes; each
 * suggestion is also a plain link. Above the suggestions, what the text reads as a question (the
 * API's reader): "Tolkar som: …" linking to that question's view, or "Menar du …?" with a link per
 * reading; nothing for a text that reads as a name.
 */
import { entityUrl, viewOf, viewUrl } from "../paths.js";
import { clear, h } from "./dom.js";
import { askReading, readingBlock } from "./parts/ask-reading.js";
import { hitItem, searchHits, type Hit } from "./parts/search-hits.js";

/** Readings the suggestions show themselves (a name read as its entity's page, or as a search): no reading above them. */
const SHOWN_BY_HITS = new Set(["neighbourhood", "search"]);

/** The search question's results page, for the text as it is typed. */
const resultsUrl = (text: string) => viewUrl(viewOf("search"), undefined, { text });

/** Mounts the box into `host`, holding `text` (the search text of the results page). */
export function mountSearchBox(host: HTMLElement, text = ""): void {
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
    value: text,
  });
  const list = h("ul", { id: "search-suggestions", role: "listbox", class: "suggestions", hidden: true, "aria-label": "Förslag" });
  const status = h("p", { class: "visually-hidden", "aria-live": "polite", id: "search-status" });
  const reading = h("div", { id: "search-reading", class: "suggestions-reading", hidden: true });
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
    reading.hidden = true;
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
      // The reading is a help beside the hits: when it fails, the hits still show.
      const [found, asked_] = await Promise.all([searchHits(text), askReading(text).catch(() => null)]);
      if (mine !== asked) return; // a later keystroke has asked again
      hits = found;
      clear(reading);
      const block = readingBlock(asked_ && SHOWN_BY_HITS.has(asked_.interpretation.kind ?? "") ? null : asked_);
      if (block) reading.append(block);
      reading.hidden = !block;
      show(text);
      // Both float under the box: the suggestions start below the reading.
      list.style.marginTop = reading.hidden ? "" : `${reading.offsetHeight + 4}px`;
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
      const hit = active >= 0 && !list.hidden ? hits[active] : undefined;
      const text = input.value.trim();
      if (hit) location.assign(entityUrl(hit.entity.id));
      else if (text) location.assign(resultsUrl(text));
    } else if (e.key === "Escape") close();
  });
  input.addEventListener("blur", () => window.setTimeout(close, 200));
  host.append(h("div", { class: "search" }, input, reading, list, status));
}
