/**
 * Forum.latestMeetings (schema/10-actors.graphql), the @cypher field that sorts and limits a
 * forum's meetings before projecting them: against the real server and the seeded database, it
 * answers the same meetings in the same order as the forum's own meetings sorted by month and
 * date, the same as Cypher says, and it pages with offset and bounds the limit.
 */
import { describe, expect, it } from "vitest";
import { useTestApi } from "../../support/test-api.js";

interface MeetingRow {
  id: string;
  month: string;
  items: { order: number }[];
}

const LATEST = `query Latest($forum: ID!, $limit: Int!, $offset: Int!) {
  forums(where: { id: { eq: $forum } }) {
    latestMeetings(limit: $limit, offset: $offset) { id month items(sort: [{ order: ASC }]) { order } }
  }
}`;

describe("Forum.latestMeetings", () => {
  const api = useTestApi();
  const latest = async (limit: number, offset = 0) =>
    (await api.query<{ forums: { latestMeetings: MeetingRow[] }[] }>(LATEST, { forum: "forum:sro", limit, offset })).forums[0]!.latestMeetings;

  it("answers the forum's meetings newest first, as the database orders them, with their items", async () => {
    const expected = await api.cypher<{ id: string; items: number }>(
      "MATCH (:Forum {id: 'forum:sro'})<-[:OF_FORUM]-(m:Meeting) RETURN m.id AS id, COUNT { (m)-[:HAS_ITEM]->(:AgendaItem) } AS items ORDER BY m.month DESC, m.date DESC, m.id",
    );
    expect(expected.length).toBeGreaterThan(10); // the seed graph's SRO: enough meetings for limit and offset to matter
    const answered = await latest(10);
    expect(answered.map((m) => m.id)).toEqual(expected.slice(0, 10).map((m) => m.id));
    expect(answered.map((m) => m.items.length)).toEqual(expected.slice(0, 10).map((m) => Number(m.items)));
    expect((await latest(5, 10)).map((m) => m.id)).toEqual(expected.slice(10, 15).map((m) => m.id));
  });

  it("gives the same first meetings as the nested relationship field sorted and limited", async () => {
    const nested = await api.query<{ forums: { meetings: { id: string }[] }[] }>(
      `{ forums(where: { id: { eq: "forum:sro" } }) { meetings(sort: [{ month: DESC }, { date: DESC }], limit: 10) { id } } }`,
    );
    expect((await latest(10)).map((m) => m.id)).toEqual(nested.forums[0]!.meetings.map((m) => m.id));
  });

  it("accepts a limit above its cap of 100 (the seed forum has fewer meetings: all of them)", async () => {
    const all = await api.cypher<{ n: number }>("MATCH (:Forum {id: 'forum:sro'})<-[:OF_FORUM]-(m:Meeting) RETURN count(m) AS n");
    expect((await latest(1000)).length).toBe(Math.min(100, Number(all[0]!.n)));
  });
});
