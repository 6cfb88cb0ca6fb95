/**
 * The explore page in Debian's headless Chromium against the real server and the seeded
 * database, with no internet: search by a misspelled name, open the entity, expand its graph,
 * open the Sankey of a grant and the governance chain of a recommendation, and an unknown id.
 * What is drawn (nodes, edges, links, amounts, labels) is checked against the API's answer.
 * SAVE_SCREENSHOTS=1 also writes each view to docs/explore/*.png (test/support/explore-browser.ts).
 */
import { describe, expect, it } from "vitest";
import { useExploreBrowser } from "../support/explore-browser.js";
import { useTestApi } from "../support/test-api.js";

const api = useTestApi();
const { open, ready, shot, external, pageErrors } = useExploreBrowser(api);

interface Ref {
  id: string;
  name: string;
}
interface Step {
  relation: string;
  from: Ref;
  to: Ref;
}
const neighbourhood = async (id: string) =>
  (await api.query<{ neighbourhood: { relations: Step[] } }>(`query($id: ID!) { neighbourhood(id: $id) { relations { relation from { id name } to { id name } } } }`, { id })).neighbourhood;

describe("explore page", () => {
  it("searches by a misspelled name, shows suggestions with type, and opens the entity the API ranks first", async () => {
    const { page } = await open("/explore");
    await shot(page, "start");
    const expected = (await api.query<{ search: { hits: { entity: Ref }[] } }>(`{ search(text: "vastkom", limit: 8) { hits { entity { id name } } } }`)).search.hits;
    await page.locator("#search-input").pressSequentially("vastkom", { delay: 30 });
    await page.locator("#search-suggestions .hit").first().waitFor({ timeout: 30_000 });
    const shown = await page.locator("#search-suggestions .hit").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
    expect(shown).toEqual(expected.map((h) => h.entity.id));
    expect(shown[0]).toBe("org:vastkom");
    await expect(page.locator("#search-suggestions .hit").first().locator(".hit-details").textContent()).resolves.toContain("Organisation");
    await shot(page, "search-suggestions");
    await page.locator("#search-input").press("ArrowDown");
    await Promise.all([page.waitForURL(/\/explore\/org:vastkom$/), page.locator("#search-input").press("Enter")]);
    await ready(page);
    await expect(page.locator("h1").textContent()).resolves.toBe("VästKom");
    await page.close();
  });

  it("draws an entity's neighbourhood as the API gives it, many of one kind as one group node that opens, and expanding a node adds that node's neighbours", async () => {
    const rootId = "doc:hos-avtal";
    const { page } = await open(`/explore/${rootId}`);
    const root = await neighbourhood(rootId);
    const nodesOf = (steps: Step[]) => new Set(steps.flatMap((s) => [s.from.id, s.to.id]));
    const edgesOf = (steps: Step[]) => new Set(steps.map((s) => `${s.from.id}|${s.relation}|${s.to.id}`));
    const graph = page.locator("#neighbourhood-graph");
    await page.waitForFunction(() => document.getElementById("neighbourhood-graph")?.dataset.groups, null, { timeout: 30_000 });
    // The 50 parties are one group, in the graph and in the table; every relation is in the table once.
    const grouped = await page.locator("table.relations tr.group li[data-id]").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id!));
    const groups = await page.locator("table.relations tr.group").count();
    expect(groups).toBe(1);
    expect(grouped.filter((id) => id.startsWith("org:kommun-"))).toHaveLength(49);
    await expect(page.locator("table.relations details.group-members > summary").textContent()).resolves.toBe("Västra Götalandsregionen och 49 kommuner");
    await expect(page.locator("table.relations tbody tr:not(.group)").count()).resolves.toBe(root.relations.length - grouped.length);
    const single = root.relations.filter((r) => !grouped.includes(r.from.id === rootId ? r.to.id : r.from.id));
    await expect(graph.getAttribute("data-groups")).resolves.toBe(String(groups));
    await expect(graph.getAttribute("data-nodes")).resolves.toBe(String(nodesOf(single).size + groups));
    await expect(graph.getAttribute("data-edges")).resolves.toBe(String(edgesOf(single).size + groups));
    // Labels are at least 12 px on screen at the default zoom.
    expect(Number(await graph.getAttribute("data-label-px"))).toBeGreaterThanOrEqual(12);
    // Every source links to its document page.
    const sourceLinks = await page.locator("ul.sources a").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(sourceLinks.length).toBeGreaterThan(0);
    for (const href of sourceLinks) expect(href).toMatch(/^\/explore\/kalla\/\d{3}_[0-9a-f]+\.txt#citation-[0-9a-f]{12}$/);
    await shot(page, "entity");

    // Opening the group draws every party.
    await page.locator("button.open-group").click();
    await page.waitForFunction((n) => document.getElementById("neighbourhood-graph")?.dataset.nodes === String(n), nodesOf(root.relations).size, { timeout: 30_000 });
    await expect(graph.getAttribute("data-edges")).resolves.toBe(String(edgesOf(root.relations).size));
    await expect(graph.getAttribute("data-groups")).resolves.toBe("0");

    const neighbour = "doc:ok-in-utskrivning";
    const next = await neighbourhood(neighbour);
    await page.locator(`tr:not(.group) button.expand[data-id="${neighbour}"]`).first().click();
    const all = [...root.relations, ...next.relations];
    await page.waitForFunction(
      ([id, n]) => (document.getElementById("neighbourhood-graph")?.dataset.expanded ?? "").split(" ").includes(id as string) && document.getElementById("neighbourhood-graph")?.dataset.nodes === String(n),
      [neighbour, nodesOf(all).size] as const,
      { timeout: 30_000 },
    );
    await expect(graph.getAttribute("data-edges")).resolves.toBe(String(edgesOf(all).size));
    await shot(page, "entity-expanded");

    // Filtering out a relation type hides its edges.
    const partyTo = all.filter((s) => s.relation === "PARTY_TO").length;
    expect(partyTo).toBeGreaterThan(0);
    await page.locator('fieldset.filters input[value="PARTY_TO"]').uncheck();
    await expect(graph.getAttribute("data-edges")).resolves.toBe(String(edgesOf(all).size - new Set(all.filter((s) => s.relation === "PARTY_TO").map((s) => `${s.from.id}|${s.to.id}`)).size));
    await page.close();
  });

  it("draws a grant's fund flow as a Sankey of the known amounts only, and lists the steps of unknown amount apart, 'belopp okänt' once per sender", async () => {
    const id = "fund:statsbidrag-vardplatser";
    const { page } = await open(`/explore/${id}/pengar`);
    const flow = (
      await api.query<{ fundFlow: { funds: { steps: { amountSek: number | null; from: { to: Ref }[]; to: { to: Ref }[] }[] }[] } }>(
        `query($id: ID!) { fundFlow(id: $id) { funds { steps { amountSek from { to { id name } } to { to { id name } } } } } }`,
        { id },
      )
    ).fundFlow;
    const steps = flow.funds.flatMap((f) => f.steps);
    // A step with one sender and one recipient and an amount is drawn; every other pair is listed.
    const known = steps.filter((s) => s.amountSek !== null && s.from.length === 1 && s.to.length === 1);
    const unknown = steps.filter((s) => !known.includes(s));
    expect(known.length).toBeGreaterThan(0);
    expect(unknown.length).toBeGreaterThan(1);
    const pairs = (list: typeof steps) => list.reduce((n, s) => n + Math.max(1, s.from.length) * Math.max(1, s.to.length), 0);
    const sankey = page.locator("#sankey");
    await page.waitForFunction(() => document.getElementById("sankey")?.dataset.links, null, { timeout: 30_000 });
    await expect(sankey.getAttribute("data-links")).resolves.toBe(String(pairs(known)));
    await expect(sankey.getAttribute("data-unknown")).resolves.toBe(String(pairs(unknown)));
    // No drawn width implies an amount the answer does not give: each is one of the answer's amounts.
    const values = ((await sankey.getAttribute("data-values")) ?? "").split(" ").map(Number);
    expect(values.sort()).toEqual(known.map((s) => s.amountSek!).sort());
    const drawn = (await sankey.locator("svg text").allTextContents()).join("\n");
    const parties = new Set(known.flatMap((s) => [...s.from, ...s.to].map((x) => x.to.name)));
    for (const name of parties) expect(drawn).toContain(name);
    const sek = (n: number) => `${n.toLocaleString("sv-SE")} kr`;
    for (const s of known) expect(drawn).toContain(sek(s.amountSek!));
    expect(drawn).not.toContain("belopp okänt");
    // The others: one group per sender, "belopp okänt" once per group, every recipient listed.
    const senders = new Set(unknown.flatMap((s) => (s.from.length ? s.from.map((x) => x.to.name) : ["(avsändare anges inte)"])));
    await expect(page.locator("#unknown-amounts .unknown-group").count()).resolves.toBe(senders.size);
    await expect(page.locator("#unknown-amounts .unknown-amount").count()).resolves.toBe(senders.size);
    await expect(page.locator("#unknown-amounts li").count()).resolves.toBe(pairs(unknown));
    await expect(page.locator("table.money tbody tr").count()).resolves.toBe(steps.length);
    await shot(page, "fund-flow-sankey");
    await page.close();
  });

  it("announces all the code a view needs in its HTML, and reads the view's answer over GET, which the server's answer cache keeps", async () => {
    const { page } = await open("/explore/position:sro-2022-02-03-1/styrning");
    const resources = await page.evaluate(() => (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((e) => ({ url: e.name, initiator: e.initiatorType })));
    const scripts = resources.filter((r) => new URL(r.url).pathname.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(2);
    // Each script was fetched by its modulepreload link (Chromium's initiator "other"), none found
    // one import after another by a running script.
    expect(scripts.filter((r) => r.initiator === "script")).toEqual([]);
    const reads = resources.filter((r) => new URL(r.url).pathname.endsWith("/graphql"));
    expect(reads.length, JSON.stringify(resources)).toBeGreaterThan(0);
    for (const read of reads) expect(new URL(read.url).searchParams.get("query"), read.url).toContain("governanceChain");
    const first = await fetch(reads[0]!.url);
    const again = await fetch(reads[0]!.url, { headers: { "if-none-match": first.headers.get("etag") ?? "" } });
    expect(first.headers.get("cache-control")).toMatch(/public/);
    expect(again.status).toBe(304);
    await page.close();
  });

  it("draws the governance chain of a recommendation from the API, the municipalities as one node", async () => {
    const id = "position:sro-2022-02-03-1";
    const { page } = await open(`/explore/${id}/styrning`);
    const chain = (
      await api.query<{ governanceChain: { steps: { relations: Step[] }[]; decidedBy: Ref[] } }>(
        `query($id: ID!) { governanceChain(id: $id) { steps { relations { relation from { id name } to { id name } } } decidedBy { id name } } }`,
        { id },
      )
    ).governanceChain;
    const collapse = (x: string) => (x.startsWith("org:kommun-") ? "kommuner" : x);
    const relations = chain.steps.flatMap((s) => s.relations);
    const nodes = new Set([id, ...relations.flatMap((r) => [collapse(r.from.id), collapse(r.to.id)])]);
    const edges = new Set(relations.map((r) => `${collapse(r.from.id)}|${r.relation}|${collapse(r.to.id)}`));
    await page.waitForFunction(() => document.getElementById("chain-graph")?.dataset.nodes, null, { timeout: 30_000 });
    await expect(page.locator("#chain-graph").getAttribute("data-nodes")).resolves.toBe(String(nodes.size));
    await expect(page.locator("#chain-graph").getAttribute("data-edges")).resolves.toBe(String(edges.size));
    await expect(page.locator("ol.steps > li").count()).resolves.toBe(chain.steps.length);
    const municipalities = chain.decidedBy.filter((d) => d.id.startsWith("org:kommun-")).length;
    expect(municipalities).toBe(49);
    await expect(page.locator("p.lead").textContent()).resolves.toContain(`Västra Götalandsregionen, ${municipalities} kommuner`);
    // The signing rule of the Färdplan the recommendation concerns: each part in its words, with its quotes.
    const signing = (
      await api.query<{ governanceChain: { signing: { document: Ref; terms: { wording: string; sources: { quote: string }[] }[] }[] } }>(
        `query($id: ID!) { governanceChain(id: $id) { signing { document { id name } terms { wording sources { quote } } } } }`,
        { id },
      )
    ).governanceChain.signing;
    expect(signing.map((d) => d.document.id)).toEqual(["doc:fardplan"]);
    const terms = page.locator('ul.signing[data-document="doc:fardplan"] > li');
    await expect(terms.count()).resolves.toBe(signing[0]!.terms.length);
    await expect(terms.locator("q.wording").allTextContents()).resolves.toEqual(signing[0]!.terms.map((t) => t.wording));
    await expect(terms.locator("ul.sources q").allTextContents()).resolves.toEqual(signing[0]!.terms.flatMap((t) => t.sources.map((s) => s.quote)));
    await expect(page.locator("ul.signing").textContent()).resolves.toContain("48 av 49 kommuner har sagt ja");
    await shot(page, "governance-chain");
    await page.close();
  });

  it("links every quote to its passage, shown highlighted in the source document's text", async () => {
    const { page } = await open("/explore/doc:hos-avtal");
    const quotes = page.locator("a.quote");
    expect(await quotes.count()).toBeGreaterThan(0);
    for (const href of await quotes.evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""))) expect(href).toMatch(/^\/explore\/kalla\/[^#]+#citation-[0-9a-f]{12}$/);
    const quote = (await quotes.first().textContent())!;
    // The quotes may be folded away (<details>): follow the link as a reader who opened it would.
    await page.goto(new URL((await quotes.first().getAttribute("href"))!, page.url()).href);
    await ready(page);
    const anchor = new URL(page.url()).hash.slice(1);
    const fold = (text: string) => text.replace(/[\s\u00a0]+/g, " ").trim();
    // The passage starts at its anchor (it may run on in further marks where passages overlap).
    const marked = fold((await page.locator(`#${anchor} + mark`).textContent())!);
    expect(fold(quote).startsWith(marked) || marked.startsWith(fold(quote))).toBe(true);
    expect(await page.locator(".source-text mark").count()).toBeGreaterThan(1);
    await page.close();
  });

  it("answers an unknown id with HTTP 404 and suggestions, not a blank page", async () => {
    const { page, status } = await open("/explore/doc:hos-avtl");
    expect(status).toBe(404);
    await expect(page.locator("h1").textContent()).resolves.toBe("Hittades inte");
    const suggested = await page.locator(".did-you-mean .hit").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
    expect(suggested).toContain("doc:hos-avtal");
    await shot(page, "not-found");
    await page.close();
  });

  it("shows the other views (dependencies, timeline, meeting, impact) and is readable on a phone", async () => {
    for (const [path, name, check] of [
      ["/explore/doc:hos-avtal/beroenden", "dependencies", "#chain-graph[data-nodes]"],
      ["/explore/doc:inriktningsdokument-ungdomsmottagningar/tidslinje", "timeline", "svg.timeline-axis"],
      ["/explore/meeting:sro-2025-01-30/mote", "meeting", "ol.agenda > li"],
      ["/explore/doc:hos-avtal/konsekvenser", "impact", "section.impact-group"],
    ] as const) {
      const { page } = await open(path);
      await page.locator(check).first().waitFor({ timeout: 30_000 });
      await shot(page, name);
      await page.close();
    }
    const { page } = await open("/explore/fund:statsbidrag-vardplatser/pengar", 390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shot(page, "phone-fund-flow");
    await page.close();
    expect(pageErrors).toEqual([]);
    expect(external).toEqual([]);
  });
});
