/**
 * `npm run ask -- konsekvenser`: each kind of affected item is listed hardest hit first, so what
 * ends with the agreement heads the documents, also in the brief form.
 */
import { describe, expect, it } from "vitest";
import { ENUM_SV } from "../../../src/labels/sv.js";
import { IMPACT_SEVERITY } from "../../../src/questions/impact/severity.js";
import { runAsk } from "../../support/ask-cli.js";
import { useTestApi } from "../../support/test-api.js";

const api = useTestApi();
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
