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
