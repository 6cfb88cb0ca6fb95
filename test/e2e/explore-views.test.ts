/**
 * The explore page's views of every analyst question, in Chromium against the real server and
 * the seeded database: the person's dated activity, a forum's positions by type in the URL's
 * period, the search results page, and every view of every question of the registry (on its
 * example) plus the entity page of an entity of each type, with no raw code and no error.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { viewUrl } from "../../src/explore/paths.js";
import { ENUM_SV } from "../../src/labels/sv.js";
import { ENTITY_TYPES } from "../../src/model/entity-types.js";
import type { QuestionView } from "../../src/questions/definition.js";
import { QUESTIONS, questionNamed, type Question } from "../../src/questions/registry.js";
import { questionExample } from "../../src/questions/server.js";
import { useExploreBrowser } from "../support/explore-browser.js";
import { useTestApi } from "../support/test-api.js";

const api = useTestApi();
const { open, ready, shot, external, pageErrors } = useExploreBrowser(api);

/** A question's example, whose variables name what its views are opened on. */
const example = (name: string) => questionExample(questionNamed(name)!).variables as Record<string, string>;
const firstView = (name: string) => questionNamed(name)!.views[0] as QuestionView;

/** The text a person reads, without verbatim quotes from the sources (they may hold any word). */
const readableText = (page: Page) =>
  page.evaluate(() => {
    const main = document.getElementById("main")!.cloneNode(true) as HTMLElement;
    main.querySelectorAll("q, code").forEach((e) => e.remove());
    document.body.append(main);
    main.hidden = false;
    const text = main.innerText;
    main.remove();
    return text;
  });

/** Codes that are also the sources' own abbreviations in names (LMR: länsgemensam medicinsk riktlinje). */
const ALSO_WORDS = new Set(["LMR"]);
/** Every enum value of the API that is one word (HELD, GRANT, REGULAR…): shown raw it would look like a word, so it is looked for by name. */
const BARE_CODES = [...new Set(Object.values(ENUM_SV).flatMap((labels) => Object.keys(labels)))].filter((code) => !code.includes("_") && !ALSO_WORDS.has(code));
const CODE_WITH_UNDERSCORE = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g;
/** A field name (inferredAliasReasons); letters on either side (VästKom) make it a word. */
const FIELD_NAME = /(?<![\p{L}\p{N}])[a-z]+(?:[A-Z][a-z]+)+(?![\p{L}\p{N}])/gu;

function rawCodes(text: string): string[] {
  const found = [...(text.match(CODE_WITH_UNDERSCORE) ?? []), ...(text.match(FIELD_NAME) ?? [])];
  for (const code of BARE_CODES) if (new RegExp(`(?<![\\p{L}\\p{N}])${code}(?![\\p{L}\\p{N}])`, "u").test(text)) found.push(code);
  return [...new Set(found)];
}

describe("explore views", () => {
  it("lists a person's dated activity in date order, each with its kind, place and sources", async () => {
    const { id } = example("person-activity");
    const answer = (
      await api.query<{ personActivity: { entries: { kind: keyof typeof ENUM_SV.PersonActivityKind; date: string | null; label: string; sources: unknown[] }[] } }>(
        `query($id: ID!) { personActivity(id: $id) { entries { kind date label sources { quote } } } }`,
        { id },
      )
    ).personActivity;
    const { page } = await open(viewUrl(firstView("person-activity"), id));
    const items = page.locator("ol.activity > li");
    await expect(items.count()).resolves.toBe(answer.entries.length);
    const dated = answer.entries.filter((e) => e.date !== null);
    expect(dated.length).toBeGreaterThanOrEqual(6);
    const shown = await items.evaluateAll((els) =>
      els.map((el) => ({
        date: (el as HTMLElement).dataset.date ?? "",
        kind: el.querySelector(".tag")?.textContent ?? "",
        time: el.querySelector("time")?.textContent ?? "",
        sources: el.querySelectorAll(".source-details .sources li").length,
        text: (el as HTMLElement).innerText,
      })),
    );
    answer.entries.forEach((entry, i) => {
      expect(shown[i]!.date).toBe(entry.date ?? "");
      expect(shown[i]!.kind).toBe(ENUM_SV.PersonActivityKind[entry.kind]);
      expect(shown[i]!.text).toContain(entry.label);
      expect(shown[i]!.sources).toBe(entry.sources.length);
      expect(shown[i]!.sources).toBeGreaterThan(0);
      if (entry.date) expect(shown[i]!.time).not.toBe("okänt datum");
    });
    const dates = shown.map((s) => s.date).filter(Boolean);
    expect(dates).toEqual([...dates].sort());
    await shot(page, "person");
    await page.close();
  });

  it("groups a forum's positions by type in Swedish and shows the period in the URL, which its form changes", async () => {
    const { id, from, to } = example("forum-positions");
    type Groups = { forumPositions: { total: number; groups: { positionType: keyof typeof ENUM_SV.PositionType; count: number }[] } };
    const ask = async (period: { from?: string; to?: string }) => (await api.query<Groups>(`query($id: ID!, $from: String, $to: String) { forumPositions(id: $id, from: $from, to: $to) { total groups { positionType count } } }`, { id, ...period })).forumPositions;
    const shownGroups = (page: Page) =>
      page.locator("section.position-group").evaluateAll((els) => els.map((el) => ({ type: (el as HTMLElement).dataset.positionType, heading: el.querySelector("h2")?.textContent ?? "", items: el.querySelectorAll("ol.positions > li").length })));

    const inPeriod = await ask({ from, to });
    const always = await ask({});
    expect(always.total).toBeGreaterThan(inPeriod.total);
    const { page } = await open(viewUrl(firstView("forum-positions"), id, { from, to }));
    const groups = await shownGroups(page);
    expect(groups.map((g) => g.type)).toEqual(inPeriod.groups.map((g) => g.positionType));
    inPeriod.groups.forEach((g, i) => {
      expect(groups[i]!.items).toBe(g.count);
      expect(groups[i]!.heading.toLowerCase()).toContain(ENUM_SV.PositionType[g.positionType].toLowerCase());
    });
    const dates = await page.locator("section.position-group li").evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.date ?? ""));
    for (const date of dates.filter(Boolean)) expect(date >= from! && date <= to!, date).toBe(true);
    await expect(page.locator('input[data-argument="from"]').inputValue()).resolves.toBe(from);
    await shot(page, "forum-positions");

    // The form: a shorter period reloads the view with it in the URL.
    const half = await ask({ from, to: `${from!.slice(0, 4)}-06-30` });
    await page.locator('input[data-argument="to"]').fill(`${from!.slice(0, 4)}-06-30`);
    await Promise.all([page.waitForURL(/till=\d{4}-06-30/), page.locator("form.period button[type=submit]").click()]);
    await ready(page);
    const after = await shownGroups(page);
    expect(after.reduce((n, g) => n + g.items, 0)).toBe(half.total);
    expect(half.total).toBeLessThan(inPeriod.total);
    await page.close();
  });

  it("opens the search results on Enter with no suggestion chosen, each hit with why it matched", async () => {
    const { text } = example("search");
    const expected = (
      await api.query<{ search: { hits: { match: keyof typeof ENUM_SV.SearchMatch; matchedName: string | null; entity: { id: string; name: string } }[] } }>(
        `query($text: String!) { search(text: $text, limit: 50) { hits { match matchedName entity { id name } } } }`,
        { text },
      )
    ).search.hits;
    expect(expected.length).toBeGreaterThan(0);
    const { page } = await open("/explore");
    await page.locator("#search-input").fill(text!);
    await Promise.all([page.waitForURL(/\/explore\/[a-z-]+\?q=/), page.locator("#search-input").press("Enter")]);
    await ready(page);
    expect(new URL(page.url()).searchParams.get("q")).toBe(text);
    const hits = await page.locator("ol.search-results > li").evaluateAll((els) => els.map((el) => ({ id: (el as HTMLElement).dataset.id, why: el.querySelector(".why")?.textContent ?? "" })));
    expect(hits.map((h) => h.id)).toEqual(expected.map((h) => h.entity.id));
    expected.forEach((hit, i) => {
      expect(hits[i]!.why).toContain(ENUM_SV.SearchMatch[hit.match]);
      if (hit.matchedName && hit.matchedName !== hit.entity.name) expect(hits[i]!.why).toContain(hit.matchedName);
    });
    await expect(page.locator("#search-input").inputValue()).resolves.toBe(text);
    await shot(page, "search-results");
    await page.close();
  });

  it("answers a view the entity's type does not have, and an unknown view word, with 404", async () => {
    for (const path of ["/explore/org:vastkom/" + firstView("meeting-attendance").path, "/explore/doc:hos-avtal/ingen-vy"]) {
      const { page, status } = await open(path);
      expect(status, path).toBe(404);
      await expect(page.locator("h1").textContent()).resolves.toBe("Hittades inte");
      await page.close();
    }
  });

  /** Opens each path and collects what is wrong: not drawn, not 200, or a raw code in the text. */
  async function problemsOf(paths: string[]): Promise<string[]> {
    const problems: string[] = [];
    for (const path of paths) {
      const { page, status } = await open(path);
      const state = await page.evaluate(() => document.body.dataset.ready);
      if (status !== 200 || state !== "true") problems.push(`${path}: HTTP ${status}, ${state}`);
      const raw = rawCodes(await readableText(page));
      if (raw.length) problems.push(`${path}: ${raw.join(", ")}`);
      await page.close();
    }
    return problems;
  }

  const registryViews = (QUESTIONS as readonly Question[]).flatMap((question) => (question.views as readonly QuestionView[]).map((view) => ({ name: `${question.name} ${view.path || "(entity page)"}`, question, view })));
  it.for(registryViews)("shows the view $name on the question's example without a raw code or an error", async ({ question, view }) => {
    const variables = questionExample(question).variables as Record<string, string>;
    await expect(problemsOf([viewUrl(view, variables.id ?? variables.forum, { text: variables.text, from: variables.from, to: variables.to })])).resolves.toEqual([]);
  });

  it("shows the page of an entity of each type without a raw code or an error", async () => {
    const typed = await api.cypher<{ id: string }>(`UNWIND $types AS type CALL (type) { MATCH (n:Entity) WHERE type IN labels(n) AND NOT n.id CONTAINS ':test-' RETURN n.id AS id ORDER BY n.id LIMIT 1 } RETURN id`, { types: [...ENTITY_TYPES] });
    expect(typed.length).toBe(ENTITY_TYPES.length);
    await expect(problemsOf(typed.map((t) => viewUrl(firstView("neighbourhood"), t.id)))).resolves.toEqual([]);
  }, 300_000);

  it("requested nothing outside the app and met no script error", () => {
    expect(pageErrors).toEqual([]);
    expect(external).toEqual([]);
  });
});
