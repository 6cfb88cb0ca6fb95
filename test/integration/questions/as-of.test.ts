/**
 * `asOf` on the governance chain, fund flow, positions, person, neighbourhood and search, over
 * real HTTP on the seed graph: each answer holds what the documents state on or before the date
 * (nothing projected backwards), states are derived for the date, and asking with today's date
 * (a frozen clock, NOW) gives the same answer as asking without one.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { warmAnalysisQueries } from "../../../src/questions/warm.js";
import { useAnalysisApi } from "./support.js";

const api = useAnalysisApi();
// Plan the statements before the first case: planning takes seconds on a busy machine.
beforeAll(() => warmAnalysisQueries(api.driver(), api.database), 240_000);
afterEach(() => {
  delete process.env.NOW;
});

const DATED_SOURCES = "sources { document { id date } }";

const QUERIES = {
  governanceChain: `query($id: ID!, $asOf: String) { governanceChain(id: $id, asOf: $asOf) {
    asOf steps { role date subject { id } actors { id } relations { relation from { id } to { id } ${DATED_SOURCES} } }
    documents { document { id } state { state certainty } } signing { document { id } terms { kind asOf } } truncated } }`,
  fundFlow: `query($id: ID!, $asOf: String) { fundFlow(id: $id, asOf: $asOf) {
    asOf funds { fund { id } state { state certainty } decisions { position { id } date } steps { id authorisedBy { position { id } date } } } } }`,
  forumPositions: `query($id: ID!, $asOf: String) { forumPositions(id: $id, asOf: $asOf) { asOf total groups { positionType positions { position { id } date } } } }`,
  personActivity: `query($id: ID!, $asOf: String) { personActivity(id: $id, asOf: $asOf) { asOf entries { kind date entity { id } certainty explanation } } }`,
  neighbourhood: `query($id: ID!, $asOf: String) { neighbourhood(id: $id, asOf: $asOf) {
    asOf documentState { state certainty } meetingState { state } fundState { state } relations { relation } } }`,
  search: `query($text: String!, $asOf: String) { search(text: $text, asOf: $asOf) { asOf hits { entity { id } score state { state } } } }`,
} as const;

type Field = keyof typeof QUERIES;
const ask = async (field: Field, variables: Record<string, unknown>) => (await api.query<Record<string, unknown>>(QUERIES[field], variables))[field] as Record<string, never>;

describe("asOf equals today when left out", () => {
  const cases: [Field, Record<string, unknown>][] = [
    ["governanceChain", { id: "doc:hos-avtal-revision-2022" }],
    ["fundFlow", { id: "fund:skr-kvinnofridssatsning-2021-2023" }],
    ["forumPositions", { id: "forum:sro" }],
    ["personActivity", { id: "person:helen-eliasson" }],
    ["neighbourhood", { id: "doc:ok-in-utskrivning" }],
    ["search", { text: "hälso- och sjukvårdsavtal" }],
  ];
  for (const [field, variables] of cases) {
    it(`${field}: the frozen day asked explicitly gives the same answer`, async () => {
      process.env.NOW = "2023-06-01";
      const without = await ask(field, variables);
      const withDate = await ask(field, { ...variables, asOf: "2023-06-01" });
      expect(without.asOf).toBe("2023-06-01");
      expect(withDate).toEqual(without);
    });
  }
});

describe("governance chain as of a date", () => {
  type Chain = {
    steps: { role: string; date: string | null; subject: { id: string }; actors: { id: string }[]; relations: { sources: { document: { date: string | null } }[] }[] }[];
    documents: { document: { id: string }; state: { state: string } }[];
  };
  const chain = async (asOf: string) => (await ask("governanceChain", { id: "doc:hos-avtal-revision-2022", asOf })) as unknown as Chain;

  it("gives the 2022 revision's state on the date: endorsed in 2022, not adopted once the parties' answers are known", async () => {
    const later = await chain("2023-06-01");
    expect(later.documents).toContainEqual(expect.objectContaining({ document: { id: "doc:hos-avtal-revision-2022" }, state: expect.objectContaining({ state: "NOT_ADOPTED" }) }));
  });

  it("leaves out SRO's position of February 2022 before it was taken, and keeps only relations stated by then", async () => {
    const before = await chain("2022-01-15");
    const after = await chain("2022-03-01");
    const positionsOf = (c: Chain) => c.steps.filter((s) => s.role === "POSITION_TAKEN").flatMap((s) => s.actors.map((a) => a.id));
    expect(positionsOf(after)).toContain("position:sro-2022-02-04-1");
    expect(positionsOf(before)).not.toContain("position:sro-2022-02-04-1");
    expect(before.steps.some((s) => s.subject.id === "position:sro-2022-02-04-1")).toBe(false);
    for (const s of before.steps) {
      expect(s.date === null || s.date.slice(0, 7) <= "2022-01", `${s.role} ${s.date}`).toBe(true);
      for (const r of s.relations) {
        const dates = r.sources.map((x) => x.document.date).filter((d): d is string => d !== null);
        expect(dates.length === 0 || dates.some((d) => d <= "2022-01-15"), `${s.role} ${s.subject.id}: ${dates.join(", ")}`).toBe(true);
      }
    }
  });
});

describe("fund flow as of a date", () => {
  type Flow = { funds: { fund: { id: string }; state: { state: string }; decisions: { position: { id: string } }[]; steps: { authorisedBy: { position: { id: string } }[] }[] }[] };
  const flow = async (id: string, asOf: string) => ((await ask("fundFlow", { id, asOf })) as unknown as Flow).funds[0]!;

  it("kvinnofrid 2021–2023: active in its period with no decision before SRO's of 2021-05-21, ended after 2023", async () => {
    const before = await flow("fund:skr-kvinnofridssatsning-2021-2023", "2021-05-20");
    expect(before.state.state).toBe("ACTIVE");
    expect(before.decisions).toEqual([]);
    expect(before.steps.flatMap((s) => s.authorisedBy)).toEqual([]);
    const on = await flow("fund:skr-kvinnofridssatsning-2021-2023", "2021-05-21");
    expect(on.decisions.map((d) => d.position.id)).toContain("position:sro-2021-05-21-02-2");
    expect(on.steps.flatMap((s) => s.authorisedBy.map((a) => a.position.id))).toContain("position:sro-2021-05-21-02-1");
    expect((await flow("fund:skr-kvinnofridssatsning-2021-2023", "2024-06-01")).state.state).toBe("ENDED");
  });

  it("a decision dated only by its month (February 2022) counts from the month's first day", async () => {
    expect((await flow("fund:lansgemensamma-medel-psykisk-halsa-2022", "2022-01-31")).decisions).toEqual([]);
    expect((await flow("fund:lansgemensamma-medel-psykisk-halsa-2022", "2022-02-01")).decisions.map((d) => d.position.id)).toEqual(["position:sro-2022-02-02-1"]);
  });
});

describe("positions and a person as of a date", () => {
  it("SRO's positions as of the end of 2022: none dated later, fewer than today, the in/ut extension of December 2022 among them", async () => {
    type Positions = { total: number; groups: { positionType: string; positions: { position: { id: string }; date: string | null }[] }[] };
    const then = (await ask("forumPositions", { id: "forum:sro", asOf: "2022-12-31" })) as unknown as Positions;
    const now = (await ask("forumPositions", { id: "forum:sro", asOf: "2026-12-06" })) as unknown as Positions;
    const all = then.groups.flatMap((g) => g.positions);
    for (const p of all) expect(p.date === null || p.date <= "2022-12-31", p.position.id).toBe(true);
    expect(then.total).toBeLessThan(now.total);
    expect(all.map((p) => p.position.id)).toContain("position:sro-2022-12-02-1");
  });

  it("Helen Eliasson's chair, stated 2025-01-30: no role in 2021, stated on that day, unknown after it", async () => {
    type Activity = { entries: { kind: string; date: string | null; entity: { id: string }; certainty: string | null; explanation: string | null }[] };
    const roles = async (asOf: string) => ((await ask("personActivity", { id: "person:helen-eliasson", asOf })) as unknown as Activity).entries.filter((e) => e.kind === "ROLE");
    expect(await roles("2021-06-01")).toEqual([]);
    const stated = (await roles("2025-01-30")).find((e) => e.entity.id === "role:helen-eliasson-sro-2025");
    expect(stated).toMatchObject({ date: "2025-01-30", certainty: "STATED" });
    const later = (await roles("2026-12-06")).find((e) => e.entity.id === "role:helen-eliasson-sro-2025");
    expect(later).toMatchObject({ certainty: "UNKNOWN" });
    expect(later!.explanation).toContain("2026-12-06");
  });
});

describe("neighbourhood as of a date", () => {
  const state = async (id: string, asOf: string) => (await ask("neighbourhood", { id, asOf })) as unknown as { documentState: { state: string } | null; meetingState: { state: string } | null; fundState: { state: string } | null };

  it("the in/ut överenskommelse: an endorsed extension in 2023, ended in 2025", async () => {
    expect((await state("doc:ok-in-utskrivning", "2023-06-01")).documentState).toMatchObject({ state: "EXTENSION_ENDORSED" });
    expect((await state("doc:ok-in-utskrivning", "2025-06-01")).documentState).toMatchObject({ state: "ENDED" });
  });

  it("SRO's planned meeting of September 2021: ahead in June 2021, 'genomfört? okänt' in 2023; a fund active in its period", async () => {
    expect((await state("meeting:sro-2021-09", "2021-06-01")).meetingState).toEqual({ state: "UPCOMING" });
    expect((await state("meeting:sro-2021-09", "2023-06-01")).meetingState).toEqual({ state: "OUTCOME_UNKNOWN" });
    const fund = await state("fund:skr-kvinnofridssatsning-2021-2023", "2022-06-01");
    expect(fund).toMatchObject({ fundState: { state: "ACTIVE" }, documentState: null, meetingState: null });
  });
});

describe("search as of a date", () => {
  type Hits = { hits: { entity: { id: string }; score: number; state: { state: string } | null }[] };
  const hits = async (asOf: string) => ((await ask("search", { text: "hälso- och sjukvårdsavtal", asOf })) as unknown as Hits).hits;

  it("each governing document hit carries its state on the date", async () => {
    const h2021 = await hits("2021-06-01");
    expect(h2021.find((h) => h.entity.id === "doc:hos-avtal")?.state).toEqual({ state: "IN_FORCE" });
    expect(h2021.find((h) => h.entity.id === "doc:hos-avtal-2025")?.state).toEqual({ state: "UNKNOWN" });
  });

  it("the agreement in force on the date ranks above the one not yet in force", async () => {
    const rank = (list: Hits["hits"], id: string) => list.findIndex((h) => h.entity.id === id);
    const h2021 = await hits("2021-06-01");
    expect(rank(h2021, "doc:hos-avtal")).toBeGreaterThanOrEqual(0);
    expect(rank(h2021, "doc:hos-avtal")).toBeLessThan(rank(h2021, "doc:hos-avtal-2025"));
    const score = (list: Hits["hits"], id: string) => list.find((h) => h.entity.id === id)!.score;
    // In force in 2021, unknown (its fate after the 2025 agreement is not stated) in 2026: its score drops.
    expect(score(await hits("2026-12-06"), "doc:hos-avtal")).toBeLessThan(score(h2021, "doc:hos-avtal"));
  });

  it("a malformed date is 400 BAD_USER_INPUT naming asOf", async () => {
    const r = await api.post(QUERIES.search, { text: "avtal", asOf: "2025-02-30" });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect((r.errors?.[0]?.extensions?.problems as { argument: string }[]).map((p) => p.argument)).toEqual(["asOf"]);
  });
});
