/**
 * `events(from, to, id)` over real HTTP on the seed graph: what happened between two dates, each
 * event with its date, precision, kind and sources, in date order; with `id`, only the events
 * that involve that entity; a reversed or too long period is 400.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { question as events_ } from "../../../src/questions/events/resolver.js";
import { toParams } from "../../../src/questions/shared/run.js";
import { useAnalysisApi } from "./support.js";

const api = useAnalysisApi();

// Plan the statement first, with and without an id (the plan cache keys on parameter types):
// planning takes seconds on a busy machine and would eat the first requests' time limit.
beforeAll(async () => {
  for (const id of [null, "forum:sro"]) {
    const { cypher, params } = events_.cypherFor({ from: "2022-01-01", to: "2022-12-31", id });
    await api.driver().executeQuery(`EXPLAIN ${cypher}`, toParams(params), { database: api.database, transactionConfig: { timeout: 120_000 } });
  }
}, 240_000);

const QUERY = `query($from: String!, $to: String!, $id: ID, $limit: Int) { events(from: $from, to: $to, id: $id, limit: $limit) {
  from to subject { id } truncated
  events { key date endDate precision kind kindSv label detail entity { id type } involved { id } positionType milestoneKind inferred sources { quote document { id } } }
} }`;

interface Event {
  key: string;
  date: string;
  endDate: string | null;
  precision: string;
  kind: string;
  kindSv: string;
  label: string;
  detail: string | null;
  entity: { id: string; type: string };
  involved: { id: string }[];
  positionType: string | null;
  sources: { quote: string; document: { id: string } }[];
}
interface Answer {
  from: string;
  to: string;
  subject: { id: string } | null;
  truncated: boolean;
  events: Event[];
}

const events = async (variables: Record<string, unknown>) => (await api.query<{ events: Answer }>(QUERY, variables)).events;

describe("events between two dates", () => {
  it("autumn 2022: in date order with unique keys, each with a Swedish kind and a quoted source; SRO's endorsement of the in/ut extension in December", async () => {
    const a = await events({ from: "2022-09-01", to: "2022-12-31" });
    expect(a.events.length).toBeGreaterThan(0);
    const dates = a.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(a.events.map((e) => e.key)).size).toBe(a.events.length);
    for (const e of a.events) {
      expect(e.date.slice(0, 7) <= "2022-12" && (e.endDate ?? e.date) >= (e.precision === "YEAR" ? "2022" : e.precision === "MONTH" ? "2022-09" : "2022-09-01"), e.key).toBe(true);
      expect(e.kindSv, e.key).not.toBe(e.kind);
    }
    const extension = a.events.find((e) => e.entity.id === "position:sro-2022-12-02-1");
    expect(extension).toMatchObject({ kind: "EXTENSION", date: "2022-12-01", precision: "MONTH", positionType: "EXTENDED" });
    expect(extension!.involved.map((x) => x.id)).toEqual(expect.arrayContaining(["forum:sro", "doc:ok-in-utskrivning"]));
    expect(extension!.sources.length).toBeGreaterThan(0);
    expect(extension!.sources[0]!.quote.length).toBeGreaterThan(0);
  });

  it("with an id, only the events that involve it; a validity end dated only by its year reads as that year", async () => {
    const a = await events({ from: "2022-01-01", to: "2022-12-31", id: "doc:inriktningsdokument-ungdomsmottagningar" });
    expect(a.subject).toEqual({ id: "doc:inriktningsdokument-ungdomsmottagningar" });
    expect(a.events.length).toBeGreaterThan(0);
    for (const e of a.events) expect(e.entity.id === "doc:inriktningsdokument-ungdomsmottagningar" || e.involved.some((x) => x.id === "doc:inriktningsdokument-ungdomsmottagningar"), e.key).toBe(true);
    expect(a.events).toContainEqual(expect.objectContaining({ kind: "VALIDITY_END", date: "2022-01-01", precision: "YEAR", entity: expect.objectContaining({ id: "doc:inriktningsdokument-ungdomsmottagningar" }) }));
    expect(a.events.map((e) => e.entity.id)).toContain("position:sro-2022-04-03-1");
  });

  it("SRO's planned meeting of September 2021 is an event of that month, its outcome unknown", async () => {
    const a = await events({ from: "2021-09-01", to: "2021-09-30", id: "forum:sro" });
    const meeting = a.events.find((e) => e.entity.id === "meeting:sro-2021-09");
    expect(meeting).toMatchObject({ kind: "MEETING", precision: "MONTH" });
    expect(meeting!.detail).toContain("inget i källorna säger om mötet genomfördes");
  });

  it("limit cuts the list and says so", async () => {
    const a = await events({ from: "2020-01-01", to: "2025-12-31", limit: 3 });
    expect(a.events).toHaveLength(3);
    expect(a.truncated).toBe(true);
  });

  it("refuses from after to, a span over 30 years and an impossible date with 400 naming the argument; an unknown id is NOT_FOUND", async () => {
    const reversed = await api.post(QUERY, { from: "2023-01-01", to: "2022-01-01" });
    expect(reversed.status).toBe(400);
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    const argumentsOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => ((r.errors?.[0]?.extensions?.problems ?? []) as { argument: string }[]).map((p) => p.argument);
    expect(argumentsOf(reversed)).toEqual(["from"]);
    const long = await api.post(QUERY, { from: "1990-01-01", to: "2025-01-01" });
    expect(long.status).toBe(400);
    expect(argumentsOf(long)).toEqual(["to"]);
    const impossible = await api.post(QUERY, { from: "2025-02-30", to: "2025-03-01" });
    expect(impossible.status).toBe(400);
    expect(argumentsOf(impossible)).toEqual(["from"]);
    expect((await api.post(QUERY, { from: "2022-01-01", to: "2022-12-31", id: "doc:finns-inte" })).errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
  });
});
