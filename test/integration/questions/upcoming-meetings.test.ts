/**
 * upcomingMeetings on the seed graph over real HTTP: SRO's meetings ahead of a date, and its
 * planned meetings whose day passed unrecorded ("genomfört? okänt"), never shown as upcoming.
 */
import { afterEach, describe, expect, it } from "vitest";
import { useAnalysisApi } from "./support.js";

const api = useAnalysisApi();
afterEach(() => {
  delete process.env.NOW;
});

const Q = `query($forum: ID!, $asOf: String, $limit: Int) { upcomingMeetings(forum: $forum, asOf: $asOf, limit: $limit) {
  forum { id } asOf truncated
  meetings { meeting { id } date precision state explanation startsAt endsAt timeZone items { id } sources { quote } }
  unrecorded { meeting { id } state explanation }
} }`;
interface Answer {
  forum: { id: string };
  asOf: string;
  truncated: boolean;
  meetings: { meeting: { id: string }; date: string; precision: string; state: string; explanation: string; startsAt: string | null; endsAt: string | null; timeZone: string | null; items: { id: string }[]; sources: { quote: string }[] }[];
  unrecorded: { meeting: { id: string }; state: string; explanation: string }[];
}
const ask = async (variables: Record<string, unknown>) => (await api.query<{ upcomingMeetings: Answer }>(Q, variables)).upcomingMeetings;

describe("upcomingMeetings", () => {
  it("on 2025-02-01: SRO's planned meetings of 2025, earliest first, with their time in Stockholm", async () => {
    const a = await ask({ forum: "forum:sro", asOf: "2025-02-01" });
    const ids = a.meetings.map((m) => m.meeting.id);
    expect(ids).toEqual(["meeting:sro-2025-03-06", "meeting:sro-2025-04-24", "meeting:sro-2025-08-21", "meeting:sro-2025-09-01", "meeting:sro-2025-10-16"]);
    for (const m of a.meetings) {
      expect(m.state).toBe("UPCOMING");
      expect(m.sources.length).toBeGreaterThan(0);
      if (m.startsAt) expect([m.startsAt, m.timeZone]).toEqual([expect.stringMatching(/^2025-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$/), "Europe/Stockholm"]);
    }
    expect(a.unrecorded.every((m) => m.state === "OUTCOME_UNKNOWN")).toBe(true);
  });

  it("lists each meeting's items in agenda order, as the database numbers them", async () => {
    const a = await ask({ forum: "forum:sro", asOf: "2025-02-01" });
    const withItems = a.meetings.filter((m) => m.items.length > 1);
    expect(withItems.length).toBeGreaterThan(0);
    for (const m of withItems) {
      const stored = await api.cypher<{ id: string }>(
        "MATCH (:Meeting {id: $id})-[:HAS_ITEM]->(i:AgendaItem) RETURN i.id AS id ORDER BY i.order, i.label, i.id",
        { id: m.meeting.id },
      );
      expect(m.items.map((i) => i.id), m.meeting.id).toEqual(stored.map((r) => r.id));
    }
    // Not merely by id: on some of these meetings the agenda's order is another.
    expect(withItems.some((m) => m.items.map((i) => i.id).join() !== m.items.map((i) => i.id).sort().join())).toBe(true);
  });

  it("on 2026-12-06 nothing lies ahead, and the planned meetings of 2025 are 'genomfört? okänt', latest first", async () => {
    const a = await ask({ forum: "forum:sro", asOf: "2026-12-06" });
    expect(a.meetings).toEqual([]);
    const ids = a.unrecorded.map((m) => m.meeting.id);
    expect(ids.slice(0, 3)).toEqual(["meeting:sro-2025-10-16", "meeting:sro-2025-09-01", "meeting:sro-2025-08-21"]);
    for (const m of a.unrecorded) {
      expect(m.state).toBe("OUTCOME_UNKNOWN");
      expect(m.explanation).toContain("inget i källorna säger om mötet genomfördes");
    }
  });

  it("a meeting on the asked day is still upcoming; the day after it is not", async () => {
    expect((await ask({ forum: "forum:sro", asOf: "2025-10-16" })).meetings.map((m) => m.meeting.id)).toEqual(["meeting:sro-2025-10-16"]);
    expect((await ask({ forum: "forum:sro", asOf: "2025-10-17" })).meetings).toEqual([]);
  });

  it("without asOf it answers for today (NOW), the same as asking for that date", async () => {
    process.env.NOW = "2025-06-01";
    const today = await ask({ forum: "forum:sro" });
    expect(today.asOf).toBe("2025-06-01");
    expect(today).toEqual(await ask({ forum: "forum:sro", asOf: "2025-06-01" }));
    expect(today.meetings.map((m) => m.meeting.id)).toEqual(["meeting:sro-2025-08-21", "meeting:sro-2025-09-01", "meeting:sro-2025-10-16"]);
  });

  it("limit truncates each list", async () => {
    const a = await ask({ forum: "forum:sro", asOf: "2025-02-01", limit: 2 });
    expect(a.meetings).toHaveLength(2);
    expect(a.truncated).toBe(true);
  });

  it("a forum that does not exist is NOT_FOUND; an impossible date is 400 BAD_USER_INPUT naming asOf", async () => {
    const missing = await api.post(Q, { forum: "forum:finns-inte", asOf: "2025-02-01" });
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const res = await fetch(api.url(), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: Q, variables: { forum: "forum:sro", asOf: "2025-02-30" } }) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string; problems: { argument: string }[] } }[] };
    expect(body.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0]!.extensions.problems[0]!.argument).toBe("asOf");
  });
});
