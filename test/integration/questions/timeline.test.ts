/** 4. Timeline: the life of an agreement, project or fund in date order. */
import { describe, expect, it } from "vitest";
import { useAnalysisApi } from "./support.js";

const api = useAnalysisApi();

interface Event {
  date: string | null;
  endDate: string | null;
  precision: string | null;
  category: string;
  label: string;
  positionType: string | null;
  milestoneKind: string | null;
  entity: { id: string } | null;
  about: { id: string };
  relatedVia: { relation: string } | null;
  forum: { id: string } | null;
  meeting: { id: string } | null;
  sources: { quote: string }[];
}
interface Timeline {
  subject: { id: string };
  truncated: boolean;
  events: Event[];
}

const QUERY = `query($id: ID!, $includeRelated: Boolean, $from: String, $to: String, $asOf: String, $limit: Int) {
  timeline(id: $id, includeRelated: $includeRelated, from: $from, to: $to, asOf: $asOf, limit: $limit) {
    subject { id } truncated
    events { date endDate precision category label positionType milestoneKind entity { id } about { id } relatedVia { relation } forum { id } meeting { id } sources { quote } }
  }
}`;

async function timeline(variables: Record<string, unknown>): Promise<Timeline> {
  return (await api.query<{ timeline: Timeline }>(QUERY, variables)).timeline;
}

const key = (e: Event) => `${e.date} ${e.category} ${e.entity?.id ?? e.about.id}`;

describe("timeline", () => {
  it("of the HoS-avtal: commission, referral, planned decisions, positions, extension, the successor's referral — in date order", async () => {
    const t = await timeline({ id: "doc:hos-avtal" });
    const dates = t.events.map((e) => e.date);
    expect(dates.every((d) => d !== null)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    const keys = t.events.map(key);
    const inOrder = [
      "2020-10-01 COMMISSION forum:sro",
      "2021-04-01 REFERRAL milestone:hos-revision-remiss",
      "2021-09-01 PLANNED_DECISION milestone:hos-revision-stallningstagande-vvg",
      "2021-10-01 PLANNED_DECISION milestone:hos-revision-stallningstagande-sro",
      "2021-11-01 PLANNED_DECISION milestone:hos-revision-beslut-huvudman",
      "2022-02-01 POSITION position:sro-2022-02-04-1",
      "2022-09-29 COMMISSION position:sro-2022-09-29-03-1",
      "2022-12-01 EXTENSION position:sro-2022-12-02-1",
      "2024-12-31 DEADLINE milestone:ok-in-utskrivning-forlangd-till-2024-12-31",
      "2025-01-30 REFERRAL position:sro-2025-01-30-04-1",
      "2025-06-19 DEADLINE milestone:hos-avtal-2025-remissvar",
    ];
    for (const k of inOrder) expect(keys, k).toContain(k);
    expect(inOrder.map((k) => keys.indexOf(k))).toEqual([...inOrder.map((k) => keys.indexOf(k))].sort((a, b) => a - b));
    const recommendation = t.events.find((e) => e.entity?.id === "position:sro-2022-02-04-1")!;
    expect(recommendation).toMatchObject({
      precision: "MONTH",
      positionType: "RECOMMENDED_HUVUDMAN_DECISION",
      about: { id: "doc:hos-avtal-revision-2022" },
      relatedVia: { relation: "REVISES" },
      forum: { id: "forum:sro" },
      meeting: { id: "meeting:sro-2022-02" },
    });
    expect(recommendation.sources[0]!.quote).toContain("rekommenderar respektive huvudman att besluta");
    const referral = t.events.find((e) => e.entity?.id === "milestone:hos-revision-remiss")!;
    expect(referral).toMatchObject({ date: "2021-04-01", endDate: "2021-06-30", precision: "MONTH", milestoneKind: "REFERRAL_WINDOW" });
    // Each event once, even when it concerns several of the related entities.
    expect(new Set(t.events.filter((e) => e.entity).map((e) => `${e.entity!.id} ${e.category}`)).size).toBe(t.events.filter((e) => e.entity).length);
  });

  it("only the agreement's own events without related entities, and a date window", async () => {
    const own = await timeline({ id: "doc:hos-avtal", includeRelated: false });
    expect(own.events.every((e) => e.about.id === "doc:hos-avtal")).toBe(true);
    expect(own.events.map(key)).toEqual(["2022-09-29 POSITION position:sro-2022-09-29-01-1", "2022-09-29 DISCUSSED item:sro-2022-09-29-03"]);
    const in2022 = await timeline({ id: "doc:hos-avtal", from: "2022-01-01", to: "2022-12-31" });
    expect(in2022.events.length).toBeGreaterThan(5);
    for (const e of in2022.events) expect(e.date! <= "2022-12-31" && (e.endDate ?? e.date!) >= "2022-01-01", key(e)).toBe(true);
    expect(in2022.events.map(key)).toContain("2022-12-01 EXTENSION position:sro-2022-12-02-1");
  });

  it("as of a date: only the events up to it", async () => {
    const all = await timeline({ id: "doc:hos-avtal" });
    const asOf = await timeline({ id: "doc:hos-avtal", asOf: "2022-12-31" });
    expect(asOf.events.length).toBeGreaterThan(0);
    expect(asOf.events.length).toBeLessThan(all.events.length);
    for (const e of asOf.events) expect(e.date === null || e.date <= "2022-12-31", key(e)).toBe(true);
    expect(asOf.events).toEqual(all.events.filter((e) => e.date === null || e.date <= "2022-12-31"));
  });

  it("of a fund: its period, the earlier initiative it continues, and the decisions on it and its flow", async () => {
    const t = await timeline({ id: "fund:skr-kvinnofridssatsning-2021-2023" });
    expect(t.events.map(key)).toEqual([
      "2018-01-01 START fund:skr-kvinnofridssatsning-2018-2020",
      "2020-12-31 END fund:skr-kvinnofridssatsning-2018-2020",
      "2021-01-01 START fund:skr-kvinnofridssatsning-2021-2023",
      "2021-05-21 POSITION position:sro-2021-05-21-02-2",
      "2021-05-21 POSITION position:sro-2021-05-21-02-1",
      "2023-12-31 END fund:skr-kvinnofridssatsning-2021-2023",
    ]);
    expect(t.events[0]!.relatedVia).toEqual({ relation: "CONTINUES" });
  });

  it("of a project: the referral window, deadlines and planned decisions of the new HoS-avtal", async () => {
    const t = await timeline({ id: "project:nytt-hos-avtal-2025", includeRelated: false });
    expect(t.events.filter((e) => e.entity?.id.startsWith("milestone:hos-avtal-2025")).map((e) => `${e.date} ${e.category}`)).toEqual([
      "2025-02-01 REFERRAL",
      "2025-02-01 CONFERENCE",
      "2025-06-19 DEADLINE",
      "2025-09-01 PLANNED_DECISION",
      "2025-09-01 PHASE",
    ]);
  });

  it("of a project: the items of SRO's planned meetings in 2025 are planned items, not discussed ones", async () => {
    const t = await timeline({ id: "project:nytt-hos-avtal-2025", includeRelated: false });
    const planned = t.events.filter((e) => e.meeting?.id.match(/^meeting:sro-2025-(0[3-9]|1\d)-/));
    expect(planned.map(key)).toEqual([
      "2025-03-06 PLANNED_ITEM item:sro-2025-03-06-hos-processen",
      "2025-04-24 PLANNED_ITEM item:sro-2025-04-24-hos-processen",
      "2025-08-21 PLANNED_ITEM item:sro-2025-08-21-hos-processen",
      "2025-09-01 PLANNED_ITEM item:sro-2025-09-01-hos-processen",
    ]);
    for (const e of planned) expect(e.forum?.id, e.label).toBe("forum:sro");
  });

  it("rejects unknown ids, impossible windows and cuts at the limit", async () => {
    expect((await api.post(QUERY, { id: "doc:finns-inte" })).errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
    expect((await api.post(QUERY, { id: "doc:hos-avtal", from: "2023-01-01", to: "2022-01-01" })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const short = await timeline({ id: "doc:hos-avtal", limit: 2 });
    expect(short.events).toHaveLength(2);
    expect(short.truncated).toBe(true);
  });
});
