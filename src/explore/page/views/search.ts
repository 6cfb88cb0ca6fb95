/**
 * The search results page (`/explore/sok?q=…`, where Enter in the search box leads): every hit
 * with its type, status, date and forum, and why it matched (the kind of match, the name or alias
 * that matched, or the text that holds the words). Its operation is the search box's
 * (parts/search-hits.graphql). The text may be a question: what it reads as comes first
 * (parts/ask-reading.ts), a link to that question's view or, when unsure, the readings to choose from.
 */
import { ENUM_SV } from "../../../labels/sv.js";
import { entityUrl } from "../../paths.js";
import { h } from "../dom.js";
import { askReading, readingBlock } from "../parts/ask-reading.js";
import { hitDetails, search, type Hit } from "../parts/search-hits.js";
import type { RenderView } from "../view-context.js";

const RESULTS = 50;
const EXCERPT = 240;

const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text);
// On a phone the list shows no excerpt, so it stays scannable: each hit's "why" line already quotes
// where its words met, and the entity page has the whole text.
const onPhone = () => window.matchMedia("(max-width: 640px)").matches;

/** The kind of match, and where each word met (or that it did not), as the API says it. */
function why(hit: Hit): string {
  return `${ENUM_SV.SearchMatch[hit.match]}: ${hit.why}`;
}

function resultItem(hit: Hit): HTMLElement {
  return h(
    "li",
    { class: "hit result", "data-id": hit.entity.id, "data-match": hit.match },
    h("a", { href: entityUrl(hit.entity.id) }, h("span", { class: "hit-name" }, hit.entity.name)),
    h("span", { class: "hit-details" }, hitDetails(hit)),
    h("span", { class: "why" }, `Träff: ${why(hit)}`),
    hit.text && !onPhone() ? h("span", { class: "excerpt" }, excerpt(hit.text)) : "",
  );
}

export const render: RenderView<"search"> = async (main, { subject, view, asOf }) => {
  document.title = `${view.title} – Samverkansgrafen`;
  if (!subject) {
    main.replaceChildren(h("h1", {}, view.title), h("p", {}, "Skriv vad du söker i rutan ovan och tryck Enter."));
    return;
  }
  const [asked, answer] = await Promise.all([askReading(subject), search(subject, RESULTS, asOf)]);
  main.replaceChildren(
    h("h1", {}, `${view.title}: ”${subject}”`),
    readingBlock(asked),
    h("p", { class: "lead" }, answer.hits.length ? `${answer.hits.length} träffar${answer.truncated ? " (fler finns: skriv mer precist)" : ""}, bäst först` : "Inga träffar."),
    h("ol", { class: "search-results" }, answer.hits.map(resultItem)),
  );
};
