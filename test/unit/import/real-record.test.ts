/**
 * The error classes found when the importer met the real public record, each with a page of our
 * own written after the shape of the real ones (test/fixtures/real-pages holds the expected
 * facts of the real pages themselves; their text stays in ../shared).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { seedPaths } from "../../../src/config/paths.js";
import { findDates } from "../../../src/import/parse/dates.js";
import type { Proposal } from "../../../src/import/propose/proposal-schema.js";
import { loadGraphIndex, type GraphIndex } from "../../../src/import/resolve/graph-index.js";
import { importDocument } from "../../../src/import/run-import.js";

let index: GraphIndex;
let dir: string;
beforeAll(() => {
  index = loadGraphIndex(seedPaths.seedDir);
  dir = mkdtempSync(join(tmpdir(), "import-real-record-"));
}, 60_000);

/** A page in the collected format: a header (url, title, kind, date), then the text. */
function page(name: string, header: { url?: string; title: string; date?: string }, ...lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, [`url: ${header.url ?? "https://www.vardsamverkan.se/exempel/"}`, `title: ${header.title}`, "kind: news", `date: ${header.date ?? "unknown"}`, "---", ...lines, ""].join("\n"));
  return path;
}
const propose = async (path: string): Promise<Proposal> => (await importDocument(path, { seedDir: join(dir, "seeds"), sourcesDir: join(dir, "sources"), index })).proposal;
const byId = (p: Proposal, id: string) => p.entities.find((e) => e.id === id);
const docs = (p: Proposal) => p.entities.filter((e) => e.type === "GoverningDocument");

describe("1. agreement versions: by period and date, ambiguous with candidates, unknown versions in their lineage", () => {
  it("a 2016 proposal of a new agreement is not the 2025 proposal: it is asked, with the agreement in force as candidate", async () => {
    const p = await propose(page("forslag-2016.txt", { title: "Förslag till nytt Hälso- och sjukvårdsavtal på synpunktsrunda" }, "Förslag till nytt Hälso- och sjukvårdsavtal på synpunktsrunda", "", "Förslaget till nytt Hälso- och sjukvårdsavtal skickades ut till parterna för synpunkter.", "", "Senast uppdaterad: 2016-09-12 10:02"));
    expect(byId(p, "doc:hos-avtal-2025")).toBeUndefined();
    const hos = docs(p).find((e) => e.fields.kind === "HEALTHCARE_AGREEMENT");
    expect(hos?.status).toBe("ambiguous");
    expect(hos?.candidates?.map((c) => c.id)).toContain("doc:hos-avtal");
    expect(hos?.candidates?.map((c) => c.id)).not.toContain("doc:hos-avtal-2025");
  });
  it("'Nytt hälso- och sjukvårdsavtal, Västra Götaland 2017-2020' is a version of 2017–2020, asked, with its period", async () => {
    const p = await propose(page("nytt-2017.txt", { title: "Nytt hälso- och sjukvårdsavtal, Västra Götaland 2017-2020" }, "Nytt hälso- och sjukvårdsavtal, Västra Götaland 2017-2020", "", "Det nya avtalet träder i kraft den 1 april 2017."));
    const hos = byId(p, "doc:hos-avtal-2017-2020");
    expect(hos?.status).toBe("ambiguous");
    expect(hos?.candidates?.map((c) => c.id)).toEqual(["doc:hos-avtal"]);
    expect(hos?.fields).toMatchObject({ validFrom: "2017-04-01", validTo: "2020-12-31", validToPrecision: "YEAR" });
  });
  it("'Revidering av Hälso- och sjukvårdsavtalet med tillhörande överenskommelser' in 2022 is the revision, not the agreement in force", async () => {
    const p = await propose(
      page("sro-2022.txt", { title: "Sammanställning från SRO", url: "https://www.vardsamverkan.se/nyhetsarkiv/nyhetsarkiv-2022/sammanstallning/" }, "Sammanställning från SRO", "", "Det här tog SRO ställning om vid mötet 10 maj 2022.", "", "Agenda", "", " • Revidering av Hälso- och sjukvårdsavtalet med tillhörande överenskommelser", "", "Revidering av Hälso- och sjukvårdsavtalet med tillhörande överenskommelser", "", "Föredragande: Jenny Nilsson, VGR", "", "Ställningstagande: SRO noterar informationen."),
    );
    const item = p.entities.find((e) => e.type === "AgendaItem")!;
    expect(p.relations).toContainEqual(expect.objectContaining({ type: "CONCERNS", from: item.id, to: "doc:hos-avtal-revision-2022" }));
    expect(byId(p, "doc:hos-avtal")).toBeUndefined();
  });
  it("the files of 2012-2016 and of the 2017 decision are two versions, not one entity", async () => {
    const p = await propose(page("filer.txt", { title: "Hälso- och sjukvårdsavtalet" }, "Hälso- och sjukvårdsavtalet", "", "Hälso- och sjukvårdsavtal 2012-2016.pdf", "", "Hälso- och sjukvårdsavtal_2017_beslut.pdf"));
    const versions = docs(p).filter((e) => e.fields.kind === "HEALTHCARE_AGREEMENT");
    expect(new Set(versions.map((e) => e.id)).size).toBe(2);
    expect(versions.map((e) => e.id)).not.toContain("doc:hos-avtal");
    expect(versions.every((e) => e.status === "ambiguous" && e.candidates?.some((c) => c.id === "doc:hos-avtal"))).toBe(true);
  });
  it("a version later than every version the graph has is new and placed in its lineage by an inferred REPLACES", async () => {
    const p = await propose(page("senare.txt", { title: "Hälso- och sjukvårdsavtal 2030-2033" }, "Hälso- och sjukvårdsavtal 2030-2033", "", "Avtalet gäller från den 1 januari 2030 till den 31 december 2033."));
    const v = byId(p, "doc:hos-avtal-2030-2033");
    expect(v?.status).toBe("new");
    const lineage = p.relations.find((r) => r.type === "REPLACES" && r.from === "doc:hos-avtal-2030-2033");
    expect(lineage?.inferred).toBe(true);
    expect(lineage?.because).toMatch(/sägs inte/);
  });
});

describe("2. a month-precise meeting of the graph is the same meeting: refined, item by item", () => {
  it("SRO 24 February 2022 is meeting:sro-2022-02 with a refined date and the graph's five items", async () => {
    const items = ["Lägesrapport om covid-19", "Fördelning av länsgemensamma medel 2022 för psykisk hälsa", "Revidering av Färdplan - länsgemensam strategi för god och nära vård", "Revidering av Hälso-och sjukvårdsavtalet med tillhörande överenskommelser", "Information om länsgemensam uppföljning och analys av god och nära vård"];
    const p = await propose(page("sro-24-feb.txt", { title: "Sammanställning från SRO 24 februari" }, "Sammanställning från SRO 24 februari", "", "Det här tog SRO ställning om vid mötet 24 februari 2022.", "", "Agenda", "", ...items.map((i) => ` • ${i}`), "", "Lägesrapport om covid-19", "", "Föredragande: Jenny Nilsson, VGR", "", "Ställningstagande: SRO noterar informationen."));
    expect(byId(p, "meeting:sro-2022-02-24")).toBeUndefined();
    const meeting = byId(p, "meeting:sro-2022-02");
    expect(meeting?.status).toBe("refines");
    expect(meeting?.refines).toContainEqual(expect.objectContaining({ field: "date", document: "2022-02-24" }));
    const proposedItems = p.relations.filter((r) => r.type === "HAS_ITEM" && r.from === "meeting:sro-2022-02").map((r) => r.to);
    expect(proposedItems.sort()).toEqual(["item:sro-2022-02-01", "item:sro-2022-02-02", "item:sro-2022-02-03", "item:sro-2022-02-04", "item:sro-2022-02-05"]);
    expect(p.entities.filter((e) => e.type === "AgendaItem").every((e) => e.status === "known")).toBe(true);
  });
});

describe("3. dates: the page's own date line, then the address, marked; a period keeps both ends", () => {
  it("'Den 2 juni skickades förslag' takes no year from a start date elsewhere in the text", async () => {
    const p = await propose(page("2-juni.txt", { title: "Förslag på synpunktsrunda" }, "Förslag på synpunktsrunda", "", "Den 2 juni skickades förslag till nytt Hälso- och sjukvårdsavtal ut till parterna. Avtalet föreslås börja gälla från och med den 1 april 2017."));
    expect(p.dates.map((d) => d.value)).not.toContain("2017-06-02");
    expect(p.dates.map((d) => d.value)).toContain("2017-04-01");
  });
  it("'mars-maj 2022' keeps both months", () => expect(findDates("under perioden mars-maj 2022")[0]).toMatchObject({ value: "2022-03", endValue: "2022-05", precision: "MONTH" }));
  it("a position takes the date of its own sentence, not a start date on the same line", async () => {
    const p = await propose(page("fardplan.txt", { title: "Färdplanen" }, "Färdplanen", "", "Färdplanen väntas börja gälla 1 januari 2023. SRO ställde sig bakom Färdplanen 24 februari 2022."));
    const pos = p.entities.find((e) => e.type === "Position");
    expect(pos?.fields.decidedOn).toBe("2022-02-24");
  });
  it("an undated page takes the year of its address, not of the first full date in its text, and says so", async () => {
    const p = await propose(page("arkiv.txt", { title: "Nytt från VVG", url: "https://www.vardsamverkan.se/nyhetsarkiv/nyhetsarkiv-2022/nytt-fran-vvg/" }, "Nytt från VVG", "", "Den 24 november ställde sig VVG bakom förslaget till riktlinje. Riktlinjen börjar gälla 2023-01-01."));
    const d = p.dates.find((x) => x.text === "24 november");
    expect(d?.value).toBe("2022-11-24");
    expect(d?.because).toMatch(/adress/);
    const pos = p.entities.find((e) => e.type === "Position");
    expect(pos).toMatchObject({ inferred: true, fields: expect.objectContaining({ decidedOn: "2022-11-24" }) });
  });
  it("a period keeps both ends: 'från den 1 april 2017 till den 31 december 2020'", async () => {
    const p = await propose(page("period.txt", { title: "Hälso- och sjukvårdsavtalet" }, "Hälso- och sjukvårdsavtalet", "", "Nytt Hälso- och sjukvårdsavtal har beslutats. Avtalsperioden är från den 1 april 2017 till den 31 december 2020."));
    expect(docs(p).find((e) => e.fields.kind === "HEALTHCARE_AGREEMENT")?.fields).toMatchObject({ validFrom: "2017-04-01", validTo: "2020-12-31" });
  });
});

describe("4. the title is the page's main heading, not site furniture", () => {
  it("skip links, update lines, contact labels, start-page links, logos and slogans are not the title", async () => {
    const path = join(dir, "mobler.txt");
    writeFileSync(path, ["Logotyp: Gå till GITS startsida", "Aktuellt startsida", "Gå direkt till huvudinnehållet", "VästKom verkar på den regionala arenan med frågor där nyttan blir större av att samverka regionalt.", "Senast uppdaterad: 2018-04-18 14:55", "Kontaktpersoner:", "", "Nytt arbetssätt för samordnad individuell plan", "", "VVG ställde sig den 3 maj 2018 bakom riktlinjen för SIP-processen.", ""].join("\n"));
    const p = await propose(path);
    expect(p.document.title).toBe("Nytt arbetssätt för samordnad individuell plan");
  });
});

describe("5. a place is not an organisation", () => {
  it("'i Göteborg' and a name ending 'i Göteborg' do not name the municipality; 'Göteborgs Stad' does", async () => {
    const p = await propose(page("plats.txt", { title: "Konferens om psykisk hälsa" }, "Konferens om psykisk hälsa", "", "5 april i Göteborg - Anmälan", "", "Nationell Samverkan för Psykisk Hälsa i Göteborg arrangerar dagen. VVG ställde sig den 3 mars 2019 bakom programmet."));
    expect(byId(p, "org:kommun-goteborg")).toBeUndefined();
    const q = await propose(page("stad.txt", { title: "Konferens" }, "Konferens", "", "Göteborgs Stad och VGR bjuder in. VVG ställde sig den 3 mars 2019 bakom programmet."));
    expect(byId(q, "org:kommun-goteborg")?.status).toBe("known");
  });
});

describe("6. names match as whole words; a name inside a longer word is asked, not linked", () => {
  it("'Lägesrapport om primärvårdsuppdraget' does not link the final report 'rapport om primärvårdsuppdraget'", async () => {
    const p = await propose(page("lagesrapport.txt", { title: "Sammanställning från SRO", date: "2021-11-19" }, "Sammanställning från SRO", "", "Agenda SRO 19 november", "", " • Lägesrapport om primärvårdsuppdraget", "", "Lägesrapport om primärvårdsuppdraget", "", "Föredragande: Malin Swärd VästKom", "", "Ställningstagande: SRO noterar informationen."));
    expect(p.relations.some((r) => r.to === "doc:rapport-primarvarden-som-nav")).toBe(false);
    expect(byId(p, "doc:rapport-primarvarden-som-nav")).toBeUndefined();
    expect(p.questions).toContainEqual(expect.objectContaining({ candidates: [expect.objectContaining({ id: "doc:rapport-primarvarden-som-nav" })] }));
  });
});

describe("7. a qualifier makes another body", () => {
  it("'Det delregionala politiska samrådsorganet' is not SRO; 'det politiska samrådsorganet (SRO)' is", async () => {
    const p = await propose(page("delregionalt.txt", { title: "Delregionalt politiskt samråd" }, "Delregionalt politiskt samråd", "", "Det delregionala politiska samrådsorganet har till uppgift att föra en politisk dialog.", "", "Kontakt", "", "Roland Mattsson, Ordförande"));
    expect(byId(p, "forum:sro")).toBeUndefined();
    const q = await propose(page("sro.txt", { title: "Beslut" }, "Beslut", "", "Den 25 november 2016 godkände det politiska samrådsorganet (SRO) förslaget."));
    expect(byId(q, "forum:sro")?.status).toBe("known");
  });
});

describe("8. one decision printed twice is one position, and an extension is typed as one", () => {
  it("'Regionfullmäktige ställer sig bakom ...' and 'Beslut: Regionfullmäktige ställer sig bakom ...' are one position, confirmed by 'Beslut: enligt förslag'", async () => {
    const p = await propose(
      page("rf.txt", { title: "Avtal – Regionfullmäktige 14 juni 2022", url: "https://regionfullmaktige.nu/program/1/klipp/2" }, "Avtal", "", "Regionfullmäktige 14 juni 2022", "", "5. Samverkansavtal om hjälpmedel", "", "Regionfullmäktige ställer sig bakom samverkansavtalet om hjälpmedel.", "", "Beslut: Regionfullmäktige ställer sig bakom samverkansavtalet om hjälpmedel.", "", "Beslut: enligt förslag"),
    );
    const positions = p.entities.filter((e) => e.type === "Position");
    expect(positions).toHaveLength(1);
    expect(positions[0]!.quotes).toContain("Beslut: enligt förslag");
  });
  it("'ställer sig bakom den förlängda tidsperioden' is an extension", async () => {
    const p = await propose(page("forlangd.txt", { title: "Sammanställning från SRO", date: "2021-11-19" }, "Sammanställning från SRO", "", "Agenda SRO 19 november", "", " • Primärvårdsuppdraget", "", "Primärvårdsuppdraget", "", "Föredragande: Malin Swärd VästKom", "", "Ställningstagande: SRO ställer sig bakom den förlängda tidsperioden av primärvårdsuppdraget."));
    expect(p.entities.find((e) => e.type === "Position")?.fields.positionType).toBe("EXTENDED");
  });
});

describe("9. shapes that were not read", () => {
  it("decisions in running text: a forum and a day, a passive without a forum in a forum's notes, an extension with an amount", async () => {
    const news = await propose(page("vvg-nytt.txt", { title: "Nytt från VVG", url: "https://www.vardsamverkan.se/nyhetsarkiv/nyhetsarkiv-2018/nytt/" }, "Nytt från VVG", "", "VVG 25 januari godkände förslaget till fördelning av medel för psykisk hälsa."));
    expect(news.entities.find((e) => e.type === "Position")).toMatchObject({ fields: expect.objectContaining({ decidedOn: "2018-01-25", positionType: "ENDORSED" }), inferred: true });
    expect(news.relations).toContainEqual(expect.objectContaining({ type: "TAKEN_BY", to: "forum:vvg" }));
    const notes = await propose(
      page("vvg-anteckning.txt", { title: "Mötesanteckning VVG" }, "Mötesanteckning", "Vårdsamverkan Västra Götaland (VVG)", "Datum: 8 februari 2018", "1. Förslag från arbetsgrupperna", "Förslag 7 och 8 godkändes.", "2. Samordningsuppdraget", "Ställningstagande: VVG ställer sig bakom att uppdraget förlängs till 2018-12-31 och finansieras med 1,2 miljoner kronor."),
    );
    const types = notes.entities.filter((e) => e.type === "Position").map((e) => e.fields.positionType);
    expect(types).toEqual(expect.arrayContaining(["ENDORSED", "EXTENDED"]));
    expect(notes.amounts.map((a) => a.value)).toContain(1_200_000);
  });
  it("agreement texts: validity, parties and the place in the lineage", async () => {
    const p = await propose(page("avtalstext.txt", { title: "Nytt hälso- och sjukvårdsavtal, Västra Götaland 2017-2020" }, "Nytt hälso- och sjukvårdsavtal, Västra Götaland 2017-2020", "", "Det nya Hälso- och sjukvårdsavtalet gäller från 2017-04-01 och är det femte avtalet sedan regionbildningen 1999.", "", "Avtalsparter är respektive kommun och VGR."));
    const hos = byId(p, "doc:hos-avtal-2017-2020")!;
    expect(hos.fields).toMatchObject({ validFrom: "2017-04-01", version: "femte avtalet sedan regionbildningen 1999" });
    expect(p.relations).toContainEqual(expect.objectContaining({ type: "PARTY_TO", from: "org:vgr", to: hos.id }));
  });
  it("a timeline: the forums' coming meetings, their year from the page's date, marked inferred", async () => {
    const p = await propose(page("tidslinje.txt", { title: "Handlingsplan - förslag framtaget", date: "2019-01-21" }, "Handlingsplan - förslag framtaget", "", "Förslaget kommer att behandlas av Vårdsamverkan Västra Götaland (VVG) den 7 mars och det politiska samrådsorganet (SRO) den 22 mars."));
    expect(byId(p, "meeting:vvg-2019-03-07")).toMatchObject({ inferred: true, fields: expect.objectContaining({ status: "PLANNED" }) });
    expect(byId(p, "meeting:sro-2019-03-22")?.because).toMatch(/2019-01-21/);
  });
  it("a funding page: the grant since a year, its pots and who decides", async () => {
    const p = await propose(
      page("medel.txt", { title: "Suicidprevention" }, "Suicidprevention", "", "Sedan 2020 har Fyrbodals kommunalförbund fått del av statsbidragen för suicidprevention.", "", "VVG och det politiska samrådsorganet SRO fattar beslut om inriktning och fördelning. Medlen för suicidprevention delas upp i tre potter; Kommunalförbund, delregional vårdsamverkan och VGR."),
    );
    const fund = p.entities.find((e) => e.type === "Fund")!;
    expect(fund.fields).toMatchObject({ name: "Statsbidrag för suicidprevention", periodStart: "2020-01-01", periodStartPrecision: "YEAR" });
    expect(fund.notes?.join(" ")).toMatch(/VVG, SRO/);
    expect(p.entities.filter((e) => e.type === "FundFlow")).toHaveLength(3);
    expect(p.relations).toContainEqual(expect.objectContaining({ type: "DIRECTED_TO", to: "org:fyrbodal" }));
  });
  it("contact blocks give people with roles and organisations", async () => {
    const p = await propose(
      page("kontakt.txt", { title: "Samordnad individuell plan" }, "Samordnad individuell plan", "", "Har du frågor om arbetet, kontakta Eva Exempelsdotter, länssamordnare.", "", "Kontakt", "Nils Provsson", "VästKom", "", "Kontaktuppgifter:", "Karin Testberg, processledare, VGR", "karin.testberg@vgregion.se"),
    );
    const person = (name: string) => p.entities.find((e) => e.fields.name === name);
    expect(person("Eva Exempelsdotter")?.notes).toContain("roll: länssamordnare");
    expect(p.relations).toContainEqual(expect.objectContaining({ type: "AFFILIATED_WITH", from: person("Nils Provsson")?.id, to: "org:vastkom" }));
    expect(p.relations).toContainEqual(expect.objectContaining({ type: "AFFILIATED_WITH", from: person("Karin Testberg")?.id, to: "org:vgr" }));
    expect(person("Karin Testberg")?.notes?.join(" ")).toMatch(/processledare/);
  });
  it("a meeting schedule gives the group's planned meetings with times and places", async () => {
    const p = await propose(page("motestider.txt", { title: "Närområdesgrupper" }, "Närområdesgrupper", "", "NO Grupp Lerum", "", "Mötestider 2019", "12 februari 08:30-12.00", "Vårdcentralen", "14 maj 08:30-12:00", "Lokal bestäms senare"));
    const meetings = p.entities.filter((e) => e.type === "Meeting");
    expect(meetings.map((m) => [m.id, m.fields.status, m.fields.startTime, m.fields.endTime, m.fields.location])).toEqual([
      ["meeting:no-grupp-lerum-2019-02-12", "PLANNED", "08:30", "12:00", "Vårdcentralen"],
      ["meeting:no-grupp-lerum-2019-05-14", "PLANNED", "08:30", "12:00", undefined],
    ]);
  });
  it("a page with nothing new is refused with one line saying so", async () => {
    const err = await importDocument(page("inget.txt", { title: "Delregional vårdsamverkan" }, "Delregional vårdsamverkan", "", "Västra Götalandsregionen och kommunerna samverkar i sex grupper."), { seedDir: join(dir, "seeds"), sourcesDir: join(dir, "sources"), index }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/inga nya fakta.*\(no new facts\)$/);
  });
});

describe("10. the review header lists every uncertain resolution", () => {
  it("ambiguous, refines, inferred and asked facts are in the seed file's header", async () => {
    const r = await importDocument(
      page("granska.txt", { title: "Nytt från SRO", url: "https://www.vardsamverkan.se/nyhetsarkiv/nyhetsarkiv-2022/nytt/" }, "Nytt från SRO", "", "Den 24 november ställde sig SRO bakom förslaget.", "", "Nytt hälso- och sjukvårdsavtal, Västra Götaland 2017-2020", "", "Lägesrapport om primärvårdsuppdraget"),
      { seedDir: join(dir, "seeds"), sourcesDir: join(dir, "sources"), index },
    );
    const header = r.yaml.split("\n").filter((l) => l.startsWith("#")).join("\n");
    expect(header).toMatch(/doc:hos-avtal-2017-2020: tvetydig/);
    expect(header).toMatch(/härlett: Året står inte vid datumet/);
    expect(header).toMatch(/fråga: .*Lägesrapport om primärvårdsuppdraget/);
  });
});
