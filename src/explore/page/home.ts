/** The start page: what the page is for, and a few ways in. */
import { h } from "./dom.js";
import { entityUrl } from "./search-box.js";

const START: { id: string; view?: string; text: string }[] = [
  { id: "doc:hos-avtal", text: "Hälso- och sjukvårdsavtalet" },
  { id: "doc:hos-avtal", view: "beroenden", text: "Vilka avtal beror på HoS-avtalet?" },
  { id: "fund:statsbidrag-vardplatser", view: "pengar", text: "Vart gick statsbidraget för vårdplatser?" },
  { id: "position:sro-2022-02-03-1", view: "styrning", text: "Vem beslutar om SRO:s rekommendation om Färdplanen?" },
  { id: "meeting:sro-2025-01-30", view: "mote", text: "SRO:s möte 30 januari 2025" },
  { id: "doc:hos-avtal", view: "konsekvenser", text: "Om HoS-avtalet upphör: vad påverkas?" },
  { id: "forum:sro", text: "Politiskt samrådsorgan (SRO)" },
  { id: "org:vastkom", text: "VästKom" },
];

export function renderHome(main: HTMLElement): void {
  main.replaceChildren(
    h("h1", {}, "Utforska samverkansgrafen"),
    h("p", { class: "lead" }, "Avtal, aktörer, möten och pengar i vårdsamverkan i Västra Götaland. Sök ovan på namn, förkortning eller med stavfel, eller börja här. Varje fakta visar sin källa och det citerade stället."),
    h("ul", { class: "start" }, START.map((s) => h("li", {}, h("a", { href: entityUrl(s.id, s.view) }, s.text)))),
  );
}
