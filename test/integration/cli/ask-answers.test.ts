/**
 * What the CLI's answers show and in which order: `konsekvenser` lists each kind of affected item
 * hardest hit first (what ends with the agreement heads the documents, also in the brief form);
 * `mote` gives the time, every position's whole wording and the medskick as the notes list them;
 * `styrning` ends with the signing rule of the documents on the chain, each part with its quote.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ENUM_SV } from "../../../src/labels/sv.js";
import { IMPACT_SEVERITY } from "../../../src/questions/impact/severity.js";
import { warmAnalysisQueries } from "../../../src/questions/warm.js";
import { runAsk } from "../../support/ask-cli.js";
import { useTestApi } from "../../support/test-api.js";

const api = useTestApi();
// Plans the analyst queries first, as the app does at start (planning on a cold database is slow).
beforeAll(() => warmAnalysisQueries(api.driver(), api.database), 300_000);
type Effect = keyof typeof IMPACT_SEVERITY;
const EFFECT_OF_LABEL = new Map<string, Effect>(Object.entries(ENUM_SV.ImpactEffect).map(([code, label]) => [label, code as Effect]));

describe("impact in the CLI", () => {
  it("lists the documents hit by the HoS-avtal's end hardest first, those that end with it at the top", async () => {
    const answer = (
      await api.query<{ impact: { documents: { effect: Effect; entity: { id: string } }[] } }>(`{ impact(id: "doc:hos-avtal") { documents { effect entity { id } } } }`)
    ).impact.documents;
    const endsWithIt = answer.filter((d) => d.effect === "TERM_ENDS_WITH_IT").map((d) => d.entity.id);
    expect(endsWithIt.length).toBeGreaterThanOrEqual(2);

    const run = await runAsk(api.url(), "konsekvenser", "doc:hos-avtal", "--kort");
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split("\n");
    const start = lines.findIndex((l) => l.startsWith("Dokument ("));
    const documents = lines.slice(start + 1, lines.indexOf("", start + 1)).map((l) => {
      const [, id, label] = /\(([a-z]+:[a-z0-9-]+)\) — (.+), \d+ steg$/.exec(l) ?? [];
      return { id: id!, effect: EFFECT_OF_LABEL.get(label!)! };
    });
    expect(documents).toHaveLength(answer.length);
    expect(documents.slice(0, endsWithIt.length).map((d) => d.id).sort()).toEqual([...endsWithIt].sort());
    const ranks = documents.map((d) => IMPACT_SEVERITY[d.effect]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  }, 120_000);
});

describe("a meeting in the CLI", () => {
  it("gives the time, the whole wording of 'no position' and VVG's ten medskick on the state grants, each whole", async () => {
    const run = await runAsk(api.url(), "mote", "meeting:vvg-2022-06-08");
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toContain("2022-06-08 13:00–15:00");
    expect(run.stdout).toContain('ställningstagande (inget ställningstagande): "Inget ställningstagande av VVG till förslaget. Vidare samtal kommer att föras mellan ordförande och vice ordförande."');
    const item4 = lines.findIndex((l) => /^ {2}4 +Förslag till gemensam hantering/.test(l));
    const medskick = lines.indexOf("       medskick (10):", item4);
    expect(medskick).toBeGreaterThan(item4);
    const bullets = lines.slice(medskick + 1).filter((l) => l.startsWith("         · ")).slice(0, 10);
    expect(bullets[0]).toBe('         · "Ursprungsuppdraget (ett gemensamt förslag) avrapporterades inte."');
    expect(bullets[9]).toBe('         · "Hur kan vi stärka de satsningar som redan görs på delregional nivå?"');
  }, 120_000);
});

describe("the governance chain in the CLI", () => {
  it("states the Färdplan's signing rule: each part in the document's words, its numbers and its source", async () => {
    const run = await runAsk(api.url(), "styrning", "doc:fardplan");
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split("\n");
    const start = lines.findIndex((l) => l.startsWith("Undertecknande av Färdplan"));
    expect(start, run.stdout).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 5)).toEqual([
      `  – ${ENUM_SV.SigningTermKind.NOT_ALL_PARTIES_NEEDED}: "möjlig att teckna utan att samtliga kommuners ställt sig bakom"`,
      expect.stringMatching(/^ {6}källa: "Färdplanen – läns gemensam strategi för god och nära vård är möjlig att teckna utan att samtliga kommuners ställt sig bakom" — Ärenden 2022/),
      `  – ${ENUM_SV.SigningTermKind.APPROVED}: 48 av 49 (2022-09): "48 av 49 kommuner har sagt ja eller förväntas säga ja till Färdplanen"`,
      expect.stringMatching(/^ {6}källa: "48 av 49 kommuner har sagt ja eller förväntas säga ja till Färdplanen" — /),
    ]);
    const brief = await runAsk(api.url(), "styrning", "doc:fardplan", "--kort");
    expect(brief.stdout).toContain(`  – ${ENUM_SV.SigningTermKind.APPROVED}: 48 av 49 (2022-09): "48 av 49 kommuner`);
    expect(brief.stdout).not.toContain("källa:");
  }, 120_000);
});
