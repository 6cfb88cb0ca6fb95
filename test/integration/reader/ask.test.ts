/**
 * The reader of Swedish questions on the seeded graph: the GraphQL field `ask` over a real HTTP
 * server (the cases the reader was made for, asking back, refusing, bad input), and
 * `npm run ask -- "<fråga>"` as a process against the same server.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { questionNamed } from "../../../src/questions/registry.js";
import { questionModule } from "../../../src/questions/server.js";
import { warmAnalysisQueries } from "../../../src/questions/warm.js";
import { runAsk } from "../../support/ask-cli.js";
import { useTestApi } from "../../support/test-api.js";

const api = useTestApi();
beforeAll(() => warmAnalysisQueries(api.driver(), api.database), 300_000);

const ASK = `query($q: String!, $asOf: String) { ask(question: $q, asOf: $asOf) {
  question outcome message examples
  interpretation { kind entities { id name type } asOf from to amount confidence reading variables notes alternatives { kind confidence reading entities { id } } }
  answer { __typename ... on DocumentDependencies { document { id } } ... on MeetingAttendance { meeting { id } } ... on SearchResult { hits { entity { id } } } }
} }`;

interface Ask {
  question: string;
  outcome: "ANSWERED" | "AMBIGUOUS" | "UNREADABLE";
  message: string;
  examples: string[];
  interpretation: {
    kind: string | null;
    entities: { id: string; name: string; type: string }[];
    asOf: string | null;
    from: string | null;
    to: string | null;
    amount: number | null;
    confidence: number;
    reading: string | null;
    variables: string | null;
    notes: string[];
    alternatives: { kind: string; confidence: number; reading: string; entities: { id: string }[] }[];
  };
  answer: { __typename: string; document?: { id: string }; meeting?: { id: string }; hits?: { entity: { id: string } }[] } | null;
}

const ask = async (q: string, asOf: string | null = "2026-12-06") => (await api.query<{ ask: Ask }>(ASK, { q, asOf })).ask;

describe("ask (GraphQL)", () => {
  it("reads 'vilka avtal beror på HoS-avtalet' as the agreement's dependents and answers with that question's answer", async () => {
    const r = await ask("vilka avtal beror på HoS-avtalet");
    expect(r.outcome).toBe("ANSWERED");
    expect(r.interpretation).toMatchObject({ kind: "document-dependencies", entities: [{ id: "doc:hos-avtal", type: "GoverningDocument" }], asOf: "2026-12-06" });
    expect(JSON.parse(r.interpretation.variables!)).toMatchObject({ id: "doc:hos-avtal", direction: "DEPENDENTS" });
    expect(r.message).toBe("Tolkar som: beroenden till Hälso- och sjukvårdsavtalet i Västra Götalands län, per 2026-12-06");
    expect(r.answer).toMatchObject({ __typename: "DocumentDependencies", document: { id: "doc:hos-avtal" } });
  });

  it("reads 'SRO 30 januari 2025' and 'SRO januari 2025' as the meeting of 2025-01-30, never one of 2022 or 2024", async () => {
    for (const q of ["SRO 30 januari 2025", "SRO januari 2025"]) {
      const r = await ask(q);
      expect(r.outcome, `${q}: ${r.message}`).toBe("ANSWERED");
      expect(r.interpretation.kind, q).toBe("meeting-attendance");
      expect(r.interpretation.entities[0]!.id, q).toBe("meeting:sro-2025-01-30");
      expect(r.answer, q).toMatchObject({ __typename: "MeetingAttendance", meeting: { id: "meeting:sro-2025-01-30" } });
    }
  });

  it("says there was no meeting on a day without one, names the nearest, and answers nothing", async () => {
    const r = await ask("SRO 31 januari 2025");
    expect(r.outcome).toBe("AMBIGUOUS");
    expect(r.message).toMatch(/^Inget möte den dagen \(31 januari 2025\)\. Närmast: SRO 2025-01-30/);
    expect(r.interpretation.alternatives[0]!.entities[0]!.id).toBe("meeting:sro-2025-01-30");
    expect(r.answer).toBeNull();
  });

  it("links 'avtal om läkarinsatser' to the ramavtal and 'statsbidrag 49 miljoner' to the grant", async () => {
    expect((await ask("avtal om läkarinsatser")).interpretation.entities[0]!.id).toBe("doc:ramavtal-lakarinsatser");
    const grant = await ask("statsbidrag 49 miljoner");
    expect(grant.outcome).toBe("ANSWERED");
    expect(grant.interpretation).toMatchObject({ entities: [{ id: "fund:statsbidrag-lakarkompetens-aldreomsorg" }], amount: 49_000_000 });
  });

  it("reads 'hos avtalet' as the agreement in force", async () => {
    const r = await ask("hos avtalet");
    expect(r.outcome).toBe("ANSWERED");
    expect(r.interpretation.entities[0]!.id).toBe("doc:hos-avtal");
  });

  it("finds the fund by its amount: 'Vart gick de 70 miljonerna?'", async () => {
    const r = await ask("Vart gick de 70 miljonerna?");
    expect(r.interpretation).toMatchObject({ kind: "fund-flow", entities: [{ id: "fund:statsbidrag-vardplatser" }] });
  });

  it("asks back when two people are as likely, listing both", async () => {
    const r = await ask("Vad har Johansson gjort?");
    expect(r.outcome).toBe("AMBIGUOUS");
    expect(r.message).toMatch(/^Menar du /);
    expect(r.interpretation.alternatives.length).toBeGreaterThanOrEqual(2);
    expect(r.answer).toBeNull();
  });

  it("cannot read empty, punctuation, injection, overlong or foreign text: a Swedish message and three questions, never an error or a guess", async () => {
    for (const q of ["", "   ", "???", "'; MATCH (n) DETACH DELETE n //", "<script>alert(1)</script>", "What is the weather like today?", "x".repeat(201)]) {
      const r = await ask(q);
      expect(r.outcome, q).toBe("UNREADABLE");
      expect(r.message, q).toMatch(/^Jag kan inte läsa frågan/);
      expect(r.examples, q).toHaveLength(3);
      expect(r.answer, q).toBeNull();
    }
  });

  it("refuses a malformed asOf with BAD_USER_INPUT in Swedish, naming the argument and the value", async () => {
    const cases = [
      ["2026-13-45", /^ask: fel i argumenten: asOf "2026-13-45" är ingen dag som finns i kalendern\.$/],
      ["6 december", /^ask: fel i argumenten: asOf "6 december" är inget datum skrivet ÅÅÅÅ-MM-DD \(till exempel 2026-12-06\)\.$/],
    ] as const;
    for (const [asOf, message] of cases) {
      const response = await api.post(ASK, { q: "vilka avtal beror på HoS-avtalet", asOf });
      expect(response.errors?.[0]?.extensions?.code, asOf).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0]?.extensions?.problems, asOf).toEqual([expect.objectContaining({ argument: "asOf" })]);
      expect(response.errors?.[0]?.message, asOf).toMatch(message);
    }
  });
});

describe("ask for a forum's meetings (GraphQL)", () => {
  const UPCOMING = `query($q: String!, $asOf: String) { ask(question: $q, asOf: $asOf) {
    outcome message interpretation { kind variables entities { id } }
    answer { __typename ... on UpcomingMeetings { forum { id } asOf meetings { meeting { id } } } }
  } }`;
  const DIRECT = `query($forum: ID!, $asOf: String) { upcomingMeetings(forum: $forum, asOf: $asOf) { forum { id } asOf meetings { meeting { id } } } }`;

  it("passes the forum under the question's own argument and answers with that forum's upcoming meetings", async () => {
    const { ask: r } = await api.query<{ ask: { outcome: string; message: string; interpretation: { kind: string; variables: string }; answer: { __typename: string; forum: { id: string }; asOf: string; meetings: { meeting: { id: string } }[] } } }>(UPCOMING, { q: "När är nästa möte i SRO?", asOf: "2025-02-01" });
    expect(r.outcome, r.message).toBe("ANSWERED");
    expect(r.interpretation.kind).toBe("upcoming-meetings");
    expect(JSON.parse(r.interpretation.variables)).toEqual({ forum: "forum:sro", asOf: "2025-02-01" });
    const direct = await api.query<{ upcomingMeetings: unknown }>(DIRECT, { forum: "forum:sro", asOf: "2025-02-01" });
    expect(r.answer.__typename).toBe("UpcomingMeetings");
    expect(r.answer.meetings.length).toBeGreaterThan(0);
    expect(r.answer.meetings.map((m) => m.meeting.id)).toContain("meeting:sro-2025-03-06");
    expect({ forum: r.answer.forum, asOf: r.answer.asOf, meetings: r.answer.meetings }).toEqual(direct.upcomingMeetings);
  });

  it("asks which forum when the question names none, and answers nothing", async () => {
    const { ask: r } = await api.query<{ ask: { outcome: string; message: string; answer: unknown } }>(UPCOMING, { q: "Vilka möten är planerade?", asOf: "2025-02-01" });
    expect(r.outcome).toBe("AMBIGUOUS");
    expect(r.message).toMatch(/^Vilket forum menar du\?/);
    expect(r.answer).toBeNull();
  });
});

describe("ask for the documents in force (GraphQL)", () => {
  it("reads a question without a subject, its kinds from its words and its day as asOf, and answers with that question's answer", async () => {
    const query = `query($q: String!) { ask(question: $q, asOf: "2026-12-06") { outcome interpretation { kind variables } answer { __typename ... on DocumentsInForce { asOf kinds } } } }`;
    const { ask: r } = await api.query<{ ask: { outcome: string; interpretation: { kind: string; variables: string }; answer: { __typename: string; asOf: string; kinds: string[] } } }>(query, { q: "vilka överenskommelser gällde 1 mars 2023" });
    expect(r.outcome).toBe("ANSWERED");
    expect(r.interpretation.kind).toBe("documents-in-force");
    expect(JSON.parse(r.interpretation.variables)).toEqual({ kinds: ["OVERENSKOMMELSE"], asOf: "2023-03-01" });
    expect(r.answer).toEqual({ __typename: "DocumentsInForce", asOf: "2023-03-01", kinds: ["OVERENSKOMMELSE"] });
  });
});

describe("ask runs the chosen question only for a selection of its answer", () => {
  afterEach(() => vi.restoreAllMocks());

  const runsOf = async (query: string, q: string) => {
    const upcoming = await questionModule(questionNamed("upcoming-meetings")!);
    const resolve = vi.spyOn(upcoming, "resolve");
    const r = await api.query<{ ask: { outcome: string } }>(query, { q });
    expect(r.ask.outcome).toBe("ANSWERED");
    return resolve.mock.calls.length;
  };

  it("reads without answering when `answer` is not selected, as the CLI and the explore page ask", async () => {
    expect(await runsOf(`query($q: String!) { ask(question: $q, asOf: "2025-02-03") { outcome interpretation { kind variables } } }`, "Kommande möten i SRO")).toBe(0);
  });

  it("answers once when `answer` is selected, however often", async () => {
    expect(await runsOf(`query($q: String!) { ask(question: $q, asOf: "2025-02-04") { outcome answer { __typename } again: answer { __typename } } }`, "Kommande möten i SRO")).toBe(1);
  });
});

describe('npm run ask -- "<fråga>"', () => {
  it("prints how it read the question, then the answer", async () => {
    const run = await runAsk(api.url(), "vilka avtal beror på HoS-avtalet", "--kort");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("Tolkar som: beroenden till Hälso- och sjukvårdsavtalet i Västra Götalands län, per " + new Date().toISOString().slice(0, 10));
    expect(run.stdout).toContain("Det här beror på: Hälso- och sjukvårdsavtalet i Västra Götalands län (doc:hos-avtal)");
  });

  it("asks back instead of answering, with exit code 2", async () => {
    const run = await runAsk(api.url(), "Vad har Johansson gjort?");
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^Menar du /);
    expect(run.stdout).toMatch(/\n {2}1\. /);
  });

  it("answers a forum's meetings from a question, with the forum's upcoming meetings", async () => {
    const run = await runAsk(api.url(), "Kommande möten i SRO efter 1 februari 2025", "--kort");
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("Tolkar som: planerade möten i Politiskt samrådsorgan, per 2025-02-02");
    expect(run.stdout).toMatch(/^Kommande möten för Politiskt samrådsorgan \(forum:sro\) per 2025-02-02: [1-9]/m);
    expect(run.stdout).toContain("(meeting:sro-2025-03-06)");
    expect(run.stdout).not.toContain("(meeting:sro-2025-01-30)");
  });

  it("answers the documents in force from a question without a subject, with the kinds its words name", async () => {
    const run = await runAsk(api.url(), "vilka överenskommelser gällde 1 mars 2023", "--kort");
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("Tolkar som: överenskommelserna som gäller, per 2023-03-01");
    expect(run.stdout).toMatch(/^Gällande per 2023-03-01 \(överenskommelse\): \d+/im);
  });

  it("says it cannot read a question, with exit code 2", async () => {
    const run = await runAsk(api.url(), "Hur blir vädret i morgon?");
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^Jag kan inte läsa frågan/);
  });
});
