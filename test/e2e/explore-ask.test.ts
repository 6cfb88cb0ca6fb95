/**
 * The explore page's search box takes a question: in Debian's headless Chromium against the real
 * server and the seeded database. A question read surely links to its question's view; an unsure
 * one asks back with the readings to choose from; what the page shows is the API's reading.
 */
import { describe, expect, it } from "vitest";
import { useExploreBrowser } from "../support/explore-browser.js";
import { useTestApi } from "../support/test-api.js";

const api = useTestApi();
const { open, ready, external, pageErrors } = useExploreBrowser(api);

describe("explore page: a question in the search box", () => {
  it("reads 'vilka avtal beror på HoS-avtalet' and links to the agreement's dependents", async () => {
    const { page } = await open("/explore");
    await page.locator("#search-input").fill("vilka avtal beror på HoS-avtalet");
    await Promise.all([page.waitForURL(/\/explore\/sok\?q=/), page.locator("#search-input").press("Enter")]);
    await ready(page);
    const reading = page.locator(".ask-reading");
    await expect(reading.textContent()).resolves.toBe("Tolkar som: beroenden till Hälso- och sjukvårdsavtalet i Västra Götalands län, per " + new Date().toISOString().slice(0, 10));
    const href = await reading.locator("a").getAttribute("href");
    expect(href).toMatch(/^\/explore\/doc:hos-avtal\//);
    await Promise.all([page.waitForURL((url) => url.pathname === href!.split("?")[0]), reading.locator("a").click()]);
    await ready(page);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("links a reading of the documents in force to its view for the day, and a forum's next meetings to the forum's", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const cases = [
      ["Vilka avtal gäller idag?", `/explore/gallande?per=${today}`],
      ["När är nästa möte i SRO?", `/explore/forum:sro/kommande-moten?per=${today}`],
    ] as const;
    for (const [question, expected] of cases) {
      const { page } = await open(`/explore/sok?q=${encodeURIComponent(question)}`);
      const reading = page.locator(".ask-reading");
      await expect(reading.textContent(), question).resolves.toMatch(/^Tolkar som: /);
      expect(await reading.locator("a").getAttribute("href"), question).toBe(expected);
      await Promise.all([page.waitForURL((url) => url.pathname === expected.split("?")[0]), reading.locator("a").click()]);
      await ready(page);
      expect(pageErrors, question).toEqual([]);
      await page.close();
    }
  });

  it("shows what a question reads as above the suggestions while it is typed, linking to its view", async () => {
    const { page } = await open("/explore");
    await page.locator("#search-input").fill("vilka avtal beror på HoS-avtalet");
    const reading = page.locator("#search-reading .ask-reading");
    await reading.waitFor({ timeout: 30_000 });
    await expect(reading.textContent()).resolves.toMatch(/^Tolkar som: beroenden till Hälso- och sjukvårdsavtalet i Västra Götalands län/);
    expect(await reading.locator("a").getAttribute("href")).toMatch(/^\/explore\/doc:hos-avtal\//);
    // A name reads as no question: no reading above its suggestions.
    await page.locator("#search-input").fill("Färdplan");
    await page.locator("#search-suggestions .hit").first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator("#search-reading").isHidden()).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("asks back when the question is unclear, with a link per reading, and answers nothing", async () => {
    const { page } = await open(`/explore/sok?q=${encodeURIComponent("Vad har Johansson gjort?")}`);
    const back = page.locator(".ask-back");
    await expect(back.locator("p").textContent()).resolves.toMatch(/^Menar du /);
    const ids = await back.locator("li").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids) expect(id).toMatch(/^person:.*johansson$/);
    expect(await page.locator(".ask-reading").count()).toBe(0);
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
