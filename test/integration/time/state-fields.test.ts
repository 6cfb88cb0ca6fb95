/**
 * The fields that answer for a date, on the seed graph over real HTTP: a document's state on a
 * date, a meeting's state and its time with Stockholm's offset, a forum's officers; bad dates are
 * 400 BAD_USER_INPUT naming the argument; a date outside the documents' range is unknown, not an error.
 */
import { afterEach, describe, expect, it } from "vitest";
import { useTestApi } from "../../support/test-api.js";

const api = useTestApi();
afterEach(() => {
  delete process.env.NOW;
});

const STATE = `query($id: ID!, $date: String) { governingDocuments(where: { id: { eq: $id } }) {
  stateOn(date: $date) { date state certainty since { date precision lastDay } until { date precision lastDay } explanation sources { quote document { id } } facts { kind text date { date precision } } }
} }`;
type State = { date: string; state: string; certainty: string; since: { date: string } | null; until: { date: string; lastDay: string } | null; explanation: string; sources: { quote: string }[]; facts: { kind: string; text: string }[] };

async function stateOn(id: string, date?: string): Promise<State> {
  const data = await api.query<{ governingDocuments: { stateOn: State }[] }>(STATE, { id, date });
  return data.governingDocuments[0]!.stateOn;
}

describe("GoverningDocument.stateOn", () => {
  it("the in/ut överenskommelse: an extension SRO endorsed to 2024-12-31 is not plain in force, and after it nothing is known to hold", async () => {
    const s = await stateOn("doc:ok-in-utskrivning", "2023-06-01");
    expect([s.state, s.certainty]).toEqual(["EXTENSION_ENDORSED", "STATED"]);
    expect(s.until?.lastDay).toBe("2024-12-31");
    expect(s.explanation).toContain("Politiskt samrådsorgan ställde sig december 2022 bakom en förlängning till och med 2024-12-31");
    expect(s.sources.map((x) => x.quote)).toContain("SRO ställer sig bakom förlängning av överenskommelsen till och med 2024-12-31.");
    expect(s.facts.map((f) => f.kind)).toEqual(expect.arrayContaining(["STATUS", "EXTENSION"]));
    expect((await stateOn("doc:ok-in-utskrivning", "2025-06-01")).state).toBe("ENDED");
  });
  it("the HoS-avtal by its renewal clause in 2025, unknown in December 2026; the 2022 revision not adopted", async () => {
    expect((await stateOn("doc:hos-avtal", "2025-06-01")).state).toBe("IN_FORCE_BY_RENEWAL");
    const later = await stateOn("doc:hos-avtal", "2026-12-06");
    expect(later.state).toBe("UNKNOWN");
    expect(later.explanation).toMatch(/Hälso- och sjukvårdsavtal \(förslag 2025\) kan ha ersatt/);
    expect((await stateOn("doc:hos-avtal-revision-2022", "2023-06-01")).state).toBe("NOT_ADOPTED");
  });
  it("without a date it answers for today, set by NOW", async () => {
    process.env.NOW = "2023-06-01";
    const s = await stateOn("doc:inriktningsdokument-ungdomsmottagningar");
    expect(s.date).toBe("2023-06-01");
    expect(s.state).toBe("EXTENSION_ENDORSED");
    expect(s).toEqual(await stateOn("doc:inriktningsdokument-ungdomsmottagningar", "2023-06-01"));
  });
  it("a date long before or after the documents is unknown, not an error", async () => {
    expect((await stateOn("doc:hos-avtal", "1990-01-01")).state).toBe("UNKNOWN");
    expect((await stateOn("doc:fardplan", "2099-12-31")).state).toBe("UNKNOWN");
  });
  it("a malformed or impossible date is 400 BAD_USER_INPUT naming the argument", async () => {
    for (const date of ["2025-02-30", "6 dec"]) {
      const res = await fetch(api.url(), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: STATE, variables: { id: "doc:hos-avtal", date } }) });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { extensions: { code: string; problems: { argument: string }[] } }[] };
      expect(body.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
      expect(body.errors[0]!.extensions.problems[0]!.argument).toBe("date");
    }
  });
});

describe("meetings and roles on a date", () => {
  it("a planned meeting whose day has passed is 'genomfört? okänt', and its time carries Stockholm's offset", async () => {
    const data = await api.query<{ meetings: { status: string; before: { state: string }; after: { state: string; explanation: string }; startsAt: string | null; timeZone: string | null }[] }>(
      `{ meetings(where: { id: { eq: "meeting:sro-2025-10-16" } }) { status before: stateOn(date: "2025-06-01") { state } after: stateOn(date: "2026-12-06") { state explanation } startsAt timeZone } }`,
    );
    expect(data.meetings[0]).toMatchObject({ status: "PLANNED", before: { state: "UPCOMING" }, after: { state: "OUTCOME_UNKNOWN" } });
    const held = await api.query<{ meetings: { startsAt: string; endsAt: string; timeZone: string }[] }>(`{ meetings(where: { id: { eq: "meeting:sro-2025-01-30" } }) { startsAt endsAt timeZone } }`);
    expect(held.meetings[0]).toEqual({ startsAt: "2025-01-30T13:00:00+01:00", endsAt: "2025-01-30T15:00:00+01:00", timeZone: "Europe/Stockholm" });
  });
  it("SRO's chair as stated on 2025-01-30: stated that day, of unknown certainty later, and no chair before", async () => {
    const q = `query($asOf: String) { forums(where: { id: { eq: "forum:sro" } }) { officers(asOf: $asOf) { asOf chairs { person { id } certainty statedOn { date } } viceChairs { person { id } } explanation } } }`;
    type O = { forums: { officers: { chairs: { person: { id: string }; certainty: string; statedOn: { date: string } }[]; viceChairs: { person: { id: string } }[]; explanation: string } }[] };
    const on = (await api.query<O>(q, { asOf: "2025-01-30" })).forums[0]!.officers;
    expect(on.chairs).toEqual([{ person: { id: "person:helen-eliasson" }, certainty: "STATED", statedOn: { date: "2025-01-30" } }]);
    expect(on.viceChairs.map((v) => v.person.id)).toEqual(["person:marina-johansson"]);
    const later = (await api.query<O>(q, { asOf: "2026-12-06" })).forums[0]!.officers;
    expect(later.chairs[0]).toMatchObject({ person: { id: "person:helen-eliasson" }, certainty: "UNKNOWN" });
    const before = (await api.query<O>(q, { asOf: "2021-06-01" })).forums[0]!.officers;
    expect(before.chairs).toEqual([]);
  });
});
