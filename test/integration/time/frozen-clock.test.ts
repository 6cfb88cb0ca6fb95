/**
 * A frozen clock (NOW) at five dates, over real HTTP on the seed graph, asking without a date:
 * the state of each agreement and överenskommelse, SRO's upcoming meetings, who chairs SRO and
 * which funds are active, as the documents give them for that day.
 */
import { afterEach, describe, expect, it } from "vitest";
import { useTestApi } from "../../support/test-api.js";

const api = useTestApi();
afterEach(() => {
  delete process.env.NOW;
});

const QUERY = `{
  documentsInForce(kinds: [HEALTHCARE_AGREEMENT, OVERENSKOMMELSE]) { asOf documents { document { id } state { state } } notInForce { document { id } state { state } } }
  upcomingMeetings(forum: "forum:sro") { asOf meetings { meeting { id } } unrecorded { meeting { id } } }
  forums(where: { id: { eq: "forum:sro" } }) { officers { asOf chairs { person { id } certainty } } }
  funds(sort: [{ id: ASC }]) { id stateOn { state } }
}`;
interface Ref {
  document: { id: string };
  state: { state: string };
}
interface Answer {
  documentsInForce: { asOf: string; documents: Ref[]; notInForce: Ref[] };
  upcomingMeetings: { asOf: string; meetings: { meeting: { id: string } }[]; unrecorded: { meeting: { id: string } }[] };
  forums: { officers: { asOf: string; chairs: { person: { id: string }; certainty: string }[] } }[];
  funds: { id: string; stateOn: { state: string } }[];
}

async function on(day: string) {
  process.env.NOW = day;
  const a = await api.query<Answer>(QUERY);
  const states = Object.fromEntries([...a.documentsInForce.documents, ...a.documentsInForce.notInForce].map((d) => [d.document.id.replace("doc:", ""), d.state.state]));
  return {
    asOf: [a.documentsInForce.asOf, a.upcomingMeetings.asOf, a.forums[0]!.officers.asOf],
    inForce: a.documentsInForce.documents.map((d) => d.document.id.replace("doc:", "")).sort(),
    states,
    upcoming: a.upcomingMeetings.meetings.map((m) => m.meeting.id.replace("meeting:sro-", "")),
    unrecorded: a.upcomingMeetings.unrecorded.map((m) => m.meeting.id.replace("meeting:sro-", "")),
    chairs: a.forums[0]!.officers.chairs.map((c) => `${c.person.id.replace("person:", "")} ${c.certainty}`),
    activeFunds: a.funds.filter((f) => f.stateOn.state === "ACTIVE").map((f) => f.id.replace("fund:", "")),
  };
}

const SUCCESSORS_2025 = ["hos-avtal-2025", "ok-betalningsansvar-in-utskrivning-2025", "ok-psykisk-funktionsnedsattning-2025", "ok-munhalsa-2025", "ok-lakaransvar-kommunal-primarvard-2025"];
const each = (ids: string[], state: string) => Object.fromEntries(ids.map((id) => [id, state]));

describe("the clock frozen at a date", () => {
  it("2021-06-01: the HoS-avtal and two överenskommelser in force, the 2025 versions unknown, no chair stated yet, kvinnofrid 2021–2023 active", async () => {
    const x = await on("2021-06-01");
    expect(x.asOf).toEqual(["2021-06-01", "2021-06-01", "2021-06-01"]);
    expect(x.inForce).toEqual(["hos-avtal", "ok-in-utskrivning", "ok-psykisk-funktionsnedsattning"]);
    expect(x.states).toMatchObject({ ...each(SUCCESSORS_2025, "UNKNOWN"), "hos-avtal-revision-2022": "UNKNOWN" });
    expect(x.upcoming[0]).toBe("2021-09");
    expect(x.unrecorded).toEqual([]);
    expect(x.chairs).toEqual([]);
    expect(x.activeFunds).toEqual(["skr-kvinnofridssatsning-2021-2023"]);
  });

  it("2023-06-01: in/ut only an endorsed extension, the HoS-avtal by its renewal clause, the 2022 revision not adopted; the 2021-09 meeting 'genomfört? okänt'", async () => {
    const x = await on("2023-06-01");
    expect(x.inForce).toEqual(["hos-avtal", "ok-psykisk-funktionsnedsattning"]);
    expect(x.states).toMatchObject({ "hos-avtal": "IN_FORCE_BY_RENEWAL", "ok-in-utskrivning": "EXTENSION_ENDORSED", "hos-avtal-revision-2022": "NOT_ADOPTED" });
    expect(x.upcoming[0]).toBe("2024-11-21");
    expect(x.unrecorded).toEqual(["2021-09"]);
    expect(x.chairs).toEqual([]);
    expect(x.activeFunds).toEqual(["skr-kvinnofridssatsning-2021-2023"]);
  });

  it("2025-02-01: the 2025 agreement and överenskommelser on referral, in/ut ended; five SRO meetings ahead; the chair stated 2025-01-30, not restated since; no fund active", async () => {
    const x = await on("2025-02-01");
    expect(x.states).toMatchObject({ ...each(SUCCESSORS_2025, "ON_REFERRAL"), "ok-in-utskrivning": "ENDED", "hos-avtal": "IN_FORCE_BY_RENEWAL" });
    expect(x.upcoming).toEqual(["2025-03-06", "2025-04-24", "2025-08-21", "2025-09-01", "2025-10-16"]);
    expect(x.chairs).toEqual(["helen-eliasson UNKNOWN"]);
    expect(x.activeFunds).toEqual([]);
  });

  it("2025-06-01: three SRO meetings ahead, the spring's two 'genomfört? okänt'", async () => {
    const x = await on("2025-06-01");
    expect(x.states).toMatchObject({ "hos-avtal": "IN_FORCE_BY_RENEWAL", "hos-avtal-2025": "ON_REFERRAL" });
    expect(x.upcoming).toEqual(["2025-08-21", "2025-09-01", "2025-10-16"]);
    expect(x.unrecorded).toEqual(["2025-04-24", "2025-03-06", "2021-09"]);
  });

  it("2026-12-06: nothing known to be in force, no meeting ahead, all six planned meetings 'genomfört? okänt'", async () => {
    const x = await on("2026-12-06");
    expect(x.inForce).toEqual([]);
    expect(x.states).toMatchObject({ ...each(SUCCESSORS_2025, "UNKNOWN"), "hos-avtal": "UNKNOWN", "ok-psykisk-funktionsnedsattning": "UNKNOWN", "ok-in-utskrivning": "ENDED" });
    expect(x.upcoming).toEqual([]);
    expect(x.unrecorded).toEqual(["2025-10-16", "2025-09-01", "2025-08-21", "2025-04-24", "2025-03-06", "2021-09"]);
    expect(x.chairs).toEqual(["helen-eliasson UNKNOWN"]);
    expect(x.activeFunds).toEqual([]);
  });

  it("2022-06-01: the funds of 2022 are active", async () => {
    expect((await on("2022-06-01")).activeFunds).toEqual(["lansgemensamma-medel-psykisk-halsa-2022", "lansgemensamma-medel-ungdomsmottagningar-2022", "skr-kvinnofridssatsning-2021-2023"]);
  });
});
