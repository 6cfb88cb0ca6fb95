/**
 * The reader of Swedish questions with the registry's real phrasings; the graph is a small stub
 * linker (the entities a text names), so each decision can be seen apart from the search's ranking.
 */
import { describe, expect, it } from "vitest";
import type { SearchMatch } from "../../../src/generated/graphql.js";
import { compilePattern } from "../../../src/reader/patterns.js";
import { servedKinds } from "../../../src/reader/kinds.js";
import type { LinkHit, Linker } from "../../../src/reader/link.js";
import { readQuestion } from "../../../src/reader/read.js";
import { fold } from "../../../src/swedish/text.js";

const TODAY = "2026-12-06";
const hit = (id: string, name: string, type: string, match: SearchMatch, score: number, date: string | null = null): LinkHit => ({ entity: { id, name, type, date }, match, score, missing: [] });
const HOS = hit("doc:hos-avtal", "Hälso- och sjukvårdsavtalet i Västra Götalands län", "GoverningDocument", "EXACT", 59.7);
const SRO = hit("forum:sro", "Politiskt samrådsorgan", "Forum", "EXACT", 58);
const MEETINGS = [hit("meeting:sro-2024-11-21", "SRO 2024-11-21", "Meeting", "WORDS", 36.2, "2024-11-21"), hit("meeting:sro-2025-01-30", "SRO 2025-01-30", "Meeting", "WORDS", 36.1, "2025-01-30"), hit("meeting:sro-2025-03-06", "SRO 2025-03-06", "Meeting", "WORDS", 36, "2025-03-06")];
const PEOPLE = [hit("person:adam-johansson", "Adam Johansson", "Person", "WORDS", 36.4), hit("person:nick-johansson", "Nick Johansson", "Person", "WORDS", 36.3)];
const PLANNING = hit("project:planering-fysiskt-mote-hosten-2022", "Planering av fysiskt VVG-möte hösten 2022", "Project", "WORDS", 30);

/** What the stub graph finds for a text, by the words in it; `asked` records every search. */
function stubLinker(asked: string[] = []): Linker {
  return (text, types, limit) => {
    asked.push(text);
    const t = fold(text);
    const of = (hits: LinkHit[]) => Promise.resolve(hits.filter((h) => types.length === 0 || types.includes(h.entity.type)).slice(0, limit));
    if (/hos|halso/.test(t)) return of([HOS]);
    if (/johansson/.test(t)) return of(PEOPLE);
    // The seed graph has a project named for planning a meeting: the entity view may take "möten planerade" for it.
    if (/planer/.test(t)) return of([PLANNING]);
    if (/sro/.test(t)) {
      if (types.length === 1 && types[0] === "Meeting") {
        if (/30 januari 2025|januari 2025/.test(t)) return of([{ ...MEETINGS[1]! }, ...MEETINGS.filter((m) => m !== MEETINGS[1]).map((m) => ({ ...m, match: "PARTIAL" as const, score: 8 }))]);
        if (/\d{4}/.test(t)) return of(MEETINGS.map((m) => ({ ...m, match: "PARTIAL" as const, score: 8 })));
        return of(MEETINGS);
      }
      // Like the search: a date in the text meets only an entity with that date.
      if (/januari 2025/.test(t)) return of([MEETINGS[1]!, { ...SRO, match: "PARTIAL", score: 8 }]);
      return of([SRO, ...MEETINGS]);
    }
    return of([]);
  };
}

const read = (question: string, link: Linker = stubLinker()) => readQuestion(question, { today: TODAY, kinds: servedKinds(), link });

describe("the reader of Swedish questions", () => {
  it("reads a dependency question, with the registry's name, its entity, its date and a Swedish sentence", async () => {
    const r = await read("vilka avtal beror på HoS-avtalet");
    expect(r.outcome).toBe("ANSWERED");
    expect(r.chosen).toMatchObject({ kind: "document-dependencies", field: "documentDependencies", entities: [{ id: "doc:hos-avtal" }], asOf: TODAY, variables: { id: "doc:hos-avtal", direction: "DEPENDENTS", asOf: TODAY } });
    expect(r.message).toBe("Tolkar som: beroenden till Hälso- och sjukvårdsavtalet i Västra Götalands län, per 2026-12-06");
    expect(r.chosen!.confidence).toBeGreaterThan(0.5);
  });

  it("reads the other direction from other words", async () => {
    const r = await read("Vad bygger HoS-avtalet på?");
    expect(r.chosen?.variables).toMatchObject({ direction: "DEPENDENCIES" });
  });

  it("reads a day that a meeting has as that meeting, and a month as the meeting in it", async () => {
    for (const q of ["SRO 30 januari 2025", "SRO januari 2025", "Vilka var frånvarande på SRO-mötet den 30 januari 2025?"]) {
      const asked: string[] = [];
      const r = await read(q, stubLinker(asked));
      expect(r.outcome, `${q}: ${r.message} ${JSON.stringify(r.alternatives.map((a) => [a.kind, a.confidence]))}`).toBe("ANSWERED");
      expect(r.chosen, q).toMatchObject({ kind: "meeting-attendance", entities: [{ id: "meeting:sro-2025-01-30" }] });
      expect(asked.some((a) => a.includes("januari 2025")), q).toBe(true);
    }
  });

  it("never reads a day without a meeting as another meeting: it says so and offers the nearest", async () => {
    const r = await read("SRO 31 januari 2025");
    expect(r.outcome).toBe("AMBIGUOUS");
    expect(r.chosen).toBeNull();
    expect(r.message).toMatch(/^Inget möte den dagen \(31 januari 2025\)\. Närmast: SRO 2025-01-30/);
    expect(r.alternatives.map((a) => a.entities[0]!.id)[0]).toBe("meeting:sro-2025-01-30");
  });

  it("asks back when two entities are as likely", async () => {
    const r = await read("Vad har Johansson gjort?");
    expect(r.outcome).toBe("AMBIGUOUS");
    expect(r.message).toMatch(/^Menar du .*Adam Johansson.* eller .*Nick Johansson/);
    expect(r.alternatives.map((a) => a.entities[0]!.id)).toEqual(["person:adam-johansson", "person:nick-johansson"]);
  });

  it("reads a forum's decisions over a period, and marks a year it took from today", async () => {
    const r = await read("Vad beslutade SRO under 2022?");
    expect(r.chosen).toMatchObject({ kind: "forum-positions", entities: [{ id: "forum:sro" }], from: "2022-01-01", to: "2022-12-31", variables: { id: "forum:sro", from: "2022-01-01", to: "2022-12-31" } });
    const month = await read("Vad beslutade SRO i januari?");
    expect(month.chosen).toMatchObject({ from: "2026-01-01", to: "2026-01-31" });
    expect(month.notes.join(" ")).toMatch(/Året står inte i frågan/);
  });

  it("cannot read a text without words, or words that name nothing, and offers three questions it can answer", async () => {
    for (const q of ["", "???", "'; DROP TABLE x; --", "What is the weather like today?"]) {
      const r = await read(q);
      expect(r.outcome, q).toBe("UNREADABLE");
      expect(r.message, q).toMatch(/^Jag kan inte läsa frågan/);
      expect(r.examples, q).toHaveLength(3);
      expect(r.chosen, q).toBeNull();
    }
  });

  it("never answers a forum's meetings without a forum, nor as another question: it asks which forum", async () => {
    for (const q of ["Vilka möten är planerade?", "vilka möten är planerade", "Kommande möten"]) {
      const r = await read(q);
      expect(r.outcome, `${q}: ${r.message}`).toBe("AMBIGUOUS");
      expect(r.chosen, q).toBeNull();
      expect(r.message, q).toMatch(/^Vilket forum menar du\? Frågan gäller planerade möten/);
      expect(r.alternatives[0], q).toMatchObject({ kind: "upcoming-meetings", entities: [] });
    }
  });

  it("reads a forum's next meetings with the forum under the question's own argument", async () => {
    const r = await read("när möts SRO nästa gång");
    expect(r.outcome).toBe("ANSWERED");
    expect(r.chosen).toMatchObject({ kind: "upcoming-meetings", entities: [{ id: "forum:sro" }], asOf: TODAY, variables: { forum: "forum:sro", asOf: TODAY } });
  });

  it("reads the documents in force, a question without a subject, with its date as asOf and its kinds from the words", async () => {
    const agreements = await read("gällande avtal idag");
    expect(agreements.outcome).toBe("ANSWERED");
    expect(agreements.chosen).toMatchObject({ kind: "documents-in-force", entities: [], asOf: TODAY });
    expect(agreements.chosen!.variables).toEqual({ asOf: TODAY });
    const overenskommelser = await read("vilka överenskommelser gällde 1 mars 2023");
    expect(overenskommelser.chosen).toMatchObject({ kind: "documents-in-force", asOf: "2023-03-01", variables: { kinds: ["OVERENSKOMMELSE"], asOf: "2023-03-01" } });
    expect(overenskommelser.message).toBe("Tolkar som: överenskommelserna som gäller, per 2023-03-01");
    const guidelines = await read("Gällande riktlinjer idag");
    expect(guidelines.chosen?.variables).toEqual({ kinds: ["RIKTLINJE", "LMR"], asOf: TODAY });
  });

  it("reads the same question the same way every time", async () => {
    const a = await read("Vad har Johansson gjort?");
    const b = await read("Vad har Johansson gjort?");
    expect(b).toEqual(a);
  });
});

describe("phrasing patterns", () => {
  it("are one sequence per way through their options", () => {
    expect(compilePattern("vad (hänger|hör) [ihop med] {subject}")).toHaveLength(2);
    expect(compilePattern("vilka (avtal|dokument) beror på {subject}")[0]![1]).toMatchObject({ kind: "word", words: ["avtal", "dokument"] });
  });

  it("name the pattern when malformed", () => {
    expect(() => compilePattern("vad (beror på {subject}")).toThrow(/phrasing "vad \(beror på \{subject\}": "\)" is missing/);
    expect(() => compilePattern("vad beror på {objekt}")).toThrow(/unknown slot \{objekt\}/);
  });

  it("every registry question's phrasings compile", () => {
    for (const k of servedKinds()) for (const f of k.question.phrasings.forms) for (const p of f.patterns) expect(compilePattern(p).length, p).toBeGreaterThan(0);
  });

  it("set only variables their question's field takes", () => {
    for (const k of servedKinds()) for (const f of k.question.phrasings.forms) for (const name of Object.keys(f.fixed ?? {})) expect(k.arguments, `${k.question.name}: ${name}`).toContain(name);
  });
});

describe("linking in one round trip", () => {
  /** Reads with a prefetch that records what it is given, and a linker that records what the readings ask. */
  async function readRecorded(question: string) {
    const prefetched: string[][] = [];
    const linked: string[] = [];
    const key = (text: string, types: readonly string[], limit: number) => `${types.join(",")}|${limit}|${text}`;
    const stub = stubLinker();
    const link: Linker = (text, types, limit) => {
      linked.push(key(text, types, limit));
      return stub(text, types, limit);
    };
    const r = await readQuestion(question, { today: TODAY, kinds: servedKinds(), link, prefetch: async (requests) => void prefetched.push(requests.map((q) => key(q.text, q.types, q.limit))) });
    return { r, prefetched, linked };
  }

  it("prefetches every search the candidate readings make, in one call", async () => {
    for (const q of ["vilka avtal beror på HoS-avtalet", "Vad har Johansson gjort?", "SRO 30 januari 2025", "Vem beslutar om HoS-avtalet?", "Vart gick de 70 miljonerna?", "Vilka möten är planerade?"]) {
      const { prefetched, linked } = await readRecorded(q);
      expect(prefetched, q).toHaveLength(1);
      expect(linked.length, q).toBeGreaterThan(0);
      expect(linked.filter((k) => !prefetched[0]!.includes(k)), q).toEqual([]);
    }
  });

  it("asks again only for the meetings nearest a day that has none", async () => {
    const { r, prefetched, linked } = await readRecorded("SRO 31 januari 2025");
    expect(r.outcome).toBe("AMBIGUOUS");
    expect(prefetched).toHaveLength(1);
    const after = linked.filter((k) => !prefetched[0]!.includes(k));
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((k) => k.startsWith("Meeting|50|"))).toBe(true);
  });
});
