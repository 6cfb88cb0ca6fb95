/**
 * `npm run ask` by name: the CLI as a process against a real HTTP server on the seeded database.
 * Names, abbreviations and misspellings resolve through the API's search and the CLI says what it
 * chose; close candidates are listed; an unknown id gets "did you mean"; answers print the
 * deciding meeting of money, positions per agenda item and the document of quotes.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { warmAnalysisQueries } from "../../../src/questions/warm.js";
import { runAsk } from "../../support/ask-cli.js";
import { useTestApi } from "../../support/test-api.js";

const api = useTestApi();
// Plans the analyst queries first, as the app does at start, so a cold database's planning time
// (seconds per query on a busy machine) does not count against the first question's timeout.
beforeAll(() => warmAnalysisQueries(api.driver(), api.database), 300_000);

const ask = (...args: string[]) => runAsk(api.url(), ...args);

describe("npm run ask by name", () => {
  it("resolves an abbreviation and says which entity it chose", async () => {
    const run = await ask("beroenden", "HoS-avtalet", "--kort");
    expect(run.code, run.stderr).toBe(0);
    const [first] = run.stdout.split("\n");
    expect(first).toContain('Tolkar "HoS-avtalet" som: Hälso- och sjukvårdsavtalet i Västra Götalands län');
    expect(first).toContain("id doc:hos-avtal");
    expect(run.stdout).toContain("Det här beror på: Hälso- och sjukvårdsavtalet i Västra Götalands län (doc:hos-avtal)");
  });

  it("resolves misspellings: without å ä ö, a letter missing and another ending", async () => {
    const vastkom = await ask("pengar", "vastkom", "--kort");
    expect(vastkom.code, vastkom.stderr).toBe(0);
    expect(vastkom.stdout.split("\n")[0]).toMatch(/^Tolkar "vastkom" som: VästKom .*id org:vastkom/);
    const youth = await ask("tidslinje", "Ungdomsmotagningar", "--kort");
    expect(youth.code, youth.stderr).toBe(0);
    expect(youth.stdout.split("\n")[0]).toMatch(/^Tolkar "Ungdomsmotagningar" som: .*ungdomsmottagningarna.*\[liknande namn/i);
  });

  it("lists the candidates instead of guessing when two are equally close", async () => {
    // Three positions on item 4 of the meeting are named "SRO 2025-01-30, punkt 4, ställningstagande 1" .. "3".
    const run = await ask("styrning", "SRO 2025-01-30, punkt 4");
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Flera ligger lika nära "SRO 2025-01-30, punkt 4":');
    const listed = run.stdout.split("\n").filter((l) => /^\s+\d+\. /.test(l));
    expect(listed.length).toBeGreaterThanOrEqual(2);
    for (const line of listed) expect(line).toMatch(/— id position:sro-2025-01-30-04-\d/);
    expect(run.stdout).not.toContain("Tolkar");
    expect(run.stdout).toContain("Ange id eller ett mer exakt namn");
  });

  it("answers an unknown id with did you mean, and a name that matches nothing with no guess", async () => {
    const unknown = await ask("beroenden", "doc:hos-avtl");
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain('Okänt id "doc:hos-avtl".');
    expect(unknown.stdout).toContain("Menade du:");
    expect(unknown.stdout).toMatch(/1\. .*id doc:hos-avtal\b/);
    const nothing = await ask("beroenden", "Stockholms läns landsting");
    expect(nothing.code).toBe(2);
    expect(nothing.stdout).toContain('Ingen träff för "Stockholms läns landsting" bland Styrdokument.');
    expect(nothing.stdout).not.toContain("Tolkar");
  });

  it("uses an existing id as it is, without a search", async () => {
    const run = await ask("mote", "meeting:sro-2025-01-30");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain("Tolkar");
    // Positions per agenda item, each with the document of its quote.
    const data = await api.query<{ meetings: { items: { label: string; positions: { wording: string }[] }[] }[] }>(
      `{ meetings(where: { id: { eq: "meeting:sro-2025-01-30" } }) { items { label positions { wording } } } }`,
    );
    const items = data.meetings[0]!.items;
    expect(run.stdout).toContain(`Dagordning (${items.length} punkter):`);
    for (const p of items.flatMap((i) => i.positions)) expect(run.stdout).toContain(`"${p.wording}"`);
    expect(run.stdout).toMatch(/källa: "Dagens agenda godkänns\." — Mötesanteckning SRO 30 januari 2025/);
  });

  it("prints the deciding meeting and position of each money step that has one", async () => {
    // "kvinnofrid" alone is as close to the grants of 2018–2020 and 2021–2023: the CLI would ask which.
    const run = await ask("pengar", "SKR:s kvinnofridssatsning 2021–2023");
    expect(run.code, run.stderr).toBe(0);
    const flow = await api.query<{ fundFlow: { funds: { steps: { authorisedBy: { position: { name: string }; meeting: { name: string } | null }[] }[] }[] } }>(
      `query($id: ID!) { fundFlow(id: $id) { funds { steps { authorisedBy { position { name } meeting { name } } } } } }`,
      { id: run.stdout.match(/id (fund:\S+)/)![1] },
    );
    const decisions = flow.fundFlow.funds.flatMap((f) => f.steps.flatMap((s) => s.authorisedBy));
    expect(decisions.length).toBeGreaterThan(0);
    for (const d of decisions) expect(run.stdout).toContain(`godkänt: ${d.position.name} — `);
    for (const d of decisions.filter((x) => x.meeting)) expect(run.stdout).toContain(d.meeting!.name);
  });
});
