/** The start page: what the page is for, and a few ways in (each names its question; the URL comes from the registry). */
import type { QuestionName } from "../../questions/registry.js";
import { viewOf, viewUrl, type QueryParams } from "../paths.js";
import { h } from "./dom.js";

interface StartLink {
  text: string;
  /** The entity; absent for a question about no one entity. */
  id?: string;
  /** The question (its first view, or `view`); absent for the entity's own page. */
  question?: QuestionName;
  view?: number;
  params?: QueryParams;
}

const START: StartLink[] = [
  { id: "doc:hos-avtal", text: "Hälso- och sjukvårdsavtalet" },
  { id: "doc:hos-avtal", question: "document-dependencies", text: "Vilka avtal beror på HoS-avtalet?" },
  { id: "fund:statsbidrag-vardplatser", question: "fund-flow", text: "Vart gick statsbidraget för vårdplatser?" },
  { id: "position:sro-2022-02-03-1", question: "governance-chain", text: "Vem beslutar om SRO:s rekommendation om Färdplanen?" },
  { id: "meeting:sro-2025-01-30", question: "meeting-attendance", text: "SRO:s möte 30 januari 2025" },
  { id: "doc:hos-avtal", question: "impact", text: "Om HoS-avtalet upphör: vad påverkas?" },
  { id: "forum:sro", question: "forum-positions", params: { from: "2022-01-01", to: "2022-12-31" }, text: "Vilka ställningstaganden tog SRO under 2022?" },
  { id: "person:malin-sward", question: "person-activity", text: "Vad har Malin Swärd gjort, och när?" },
  { question: "search", params: { text: "förlängning överenskommelse" }, text: "Var nämns förlängningen av överenskommelsen?" },
  { id: "forum:sro", text: "Politiskt samrådsorgan (SRO)" },
  { id: "org:vastkom", text: "VästKom" },
];

const urlOf = (s: StartLink) => viewUrl(viewOf(s.question ?? "neighbourhood", s.view), s.id, s.params);

export function renderHome(main: HTMLElement): void {
  main.replaceChildren(
    h("h1", {}, "Utforska samverkansgrafen"),
    h("p", { class: "lead" }, "Avtal, aktörer, möten och pengar i vårdsamverkan i Västra Götaland. Sök ovan på namn, förkortning eller med stavfel, eller börja här. Varje fakta visar sin källa och det citerade stället."),
    h("ul", { class: "start" }, START.map((s) => h("li", {}, h("a", { href: urlOf(s) }, s.text)))),
  );
}
