/**
 * The state of a document on a date, from its dated facts: the documents' own agreements
 * (as the seed graph gives their facts) on the dates the tracker names, and properties over
 * random facts and dates.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lastDay, partial, type PartialDate } from "../../../src/time/calendar.js";
import type { DatedPosition, DocumentFacts, RelatedDocument } from "../../../src/time/document-facts.js";
import { documentStateOn, FINAL_STATES, IN_FORCE_STATES } from "../../../src/time/document-state.js";

const d = (date: string, precision: "DAY" | "MONTH" | "YEAR" = "DAY"): PartialDate => partial(date, precision)!;

function facts(id: string, over: Partial<DocumentFacts> = {}): DocumentFacts {
  return {
    id,
    name: id,
    kind: "OVERENSKOMMELSE",
    status: null,
    statusFirstStated: null,
    statusLastStated: null,
    validFrom: null,
    validTo: null,
    extendedUntil: null,
    renewalTerms: null,
    noticeTerms: null,
    renewalPeriodMonths: null,
    noticePeriodMonths: null,
    parties: { total: null, approved: null, returned: null, requiresAll: false, statedOn: null },
    sources: [],
    positions: [],
    milestones: [],
    successors: [],
    termFollows: [],
    otherVersions: [],
    ...over,
  };
}

const sro = { id: "forum:sro", name: "SRO", hasDecisionMandate: false };
const extension = (until: PartialDate, on: PartialDate | null, forum = sro): DatedPosition => ({ id: `position:ext-${until.date}`, name: "förlängning", positionType: "EXTENDED", date: on, extendsUntil: until, forum, sources: [] });
const related = (f: DocumentFacts, relation: string, inferred = true): RelatedDocument => ({ id: f.id, name: f.name, relation, inferred, because: null, facts: f });

const hos2025 = facts("doc:hos-avtal-2025", {
  kind: "HEALTHCARE_AGREEMENT",
  status: "ON_REFERRAL",
  statusFirstStated: d("2025-01-30"),
  statusLastStated: d("2025-01-30"),
  milestones: [
    { id: "m:remiss", name: "Remissperiod", kind: "REFERRAL_WINDOW", date: d("2025-02-01"), endDate: "2025-06-19", inferred: false, sources: [] },
    { id: "m:sro", name: "SRO behandlar slutligt förslag", kind: "PLANNED_DECISION", date: d("2025-09-01"), endDate: null, inferred: false, sources: [] },
  ],
});
const revision2022 = facts("doc:hos-avtal-revision-2022", {
  kind: "HEALTHCARE_AGREEMENT",
  status: "ENDORSED",
  statusFirstStated: d("2022-02-01", "MONTH"),
  statusLastStated: d("2022-09-01", "MONTH"),
  parties: { total: 49, approved: 41, returned: 2, requiresAll: true, statedOn: d("2022-09-01", "MONTH") },
  otherVersions: [{ id: "doc:hos-avtal-2025", name: "nytt avtal", firstFact: d("2025-01-30") }],
});
const hos = facts("doc:hos-avtal", {
  kind: "HEALTHCARE_AGREEMENT",
  status: "IN_FORCE",
  statusFirstStated: d("2020-01-01", "YEAR"),
  statusLastStated: d("2022-09-01", "MONTH"),
  renewalTerms: "Förlängs med två år i taget om ingen part skriftligen har sagt upp avtalet.",
  noticeTerms: "Tolv månaders uppsägningstid.",
  renewalPeriodMonths: 24,
  noticePeriodMonths: 12,
  successors: [related(revision2022, "REVISES", false), related(hos2025, "REPLACES")],
});
const okInUt = facts("doc:ok-in-utskrivning", {
  status: "IN_FORCE",
  statusFirstStated: d("2020-01-01", "YEAR"),
  statusLastStated: d("2022-09-01", "MONTH"),
  positions: [extension(d("2024-12-31"), d("2022-12-01", "MONTH"))],
});
const inriktning = facts("doc:inriktningsdokument-ungdomsmottagningar", {
  kind: "INRIKTNINGSDOKUMENT",
  status: "IN_FORCE",
  statusFirstStated: d("2022-01-01", "YEAR"),
  statusLastStated: d("2022-01-01", "YEAR"),
  validFrom: d("2018-01-01", "YEAR"),
  validTo: d("2022-01-01", "YEAR"),
  positions: [extension(d("2024-01-01", "YEAR"), d("2022-04-01", "MONTH"))],
});
const ramavtal = facts("doc:ramavtal-lakarinsatser", { kind: "RAMAVTAL", status: "IN_FORCE", statusFirstStated: d("2020-01-01", "YEAR"), statusLastStated: d("2020-01-01", "YEAR"), termFollows: [related(hos, "TERM_FOLLOWS")] });

const on = (f: DocumentFacts, date: string) => {
  const s = documentStateOn(f, date);
  return `${s.state} ${s.certainty}`;
};

describe("the agreements of the seed graph on the tracker's dates", () => {
  it("the HoS-avtal: stated, then by its renewal clause, then unknown once the new agreement's fate is unknown", () => {
    expect(on(hos, "2019-06-01")).toBe("UNKNOWN UNKNOWN");
    expect(on(hos, "2020-06-01")).toBe("IN_FORCE STATED");
    expect(on(hos, "2021-06-01")).toBe("IN_FORCE INFERRED");
    expect(on(hos, "2023-06-01")).toBe("IN_FORCE_BY_RENEWAL INFERRED");
    expect(on(hos, "2025-02-01")).toBe("IN_FORCE_BY_RENEWAL INFERRED");
    expect(on(hos, "2025-06-01")).toBe("IN_FORCE_BY_RENEWAL INFERRED");
    const later = documentStateOn(hos, "2026-12-06");
    expect(later.state).toBe("UNKNOWN");
    expect(later.explanation).toMatch(/doc:hos-avtal-2025 kan ha ersatt/);
    expect(documentStateOn(hos, "2023-06-01").explanation).toMatch(/Tolv månaders uppsägningstid/);
  });
  it("the in/ut överenskommelse: an endorsed extension is not plain in force, and nothing follows its end", () => {
    expect(on(okInUt, "2021-06-01")).toBe("IN_FORCE INFERRED");
    const s = documentStateOn(okInUt, "2023-06-01");
    expect(`${s.state} ${s.certainty}`).toBe("EXTENSION_ENDORSED STATED");
    expect(s.until).toEqual(d("2024-12-31"));
    expect(s.explanation).toMatch(/SRO ställde sig december 2022 bakom en förlängning till och med 2024-12-31, men att huvudmännen beslutade om den framgår inte/);
    expect(on(okInUt, "2025-06-01")).toBe("ENDED INFERRED");
    expect(on(okInUt, "2026-12-06")).toBe("ENDED INFERRED");
  });
  it("a decided extension is in force", () => {
    const decided = facts("doc:x", { ...okInUt, positions: [extension(d("2024-12-31"), d("2022-12-01", "MONTH"), { id: "forum:y", name: "Nämnd", hasDecisionMandate: true })] });
    expect(on(decided, "2023-06-01")).toBe("EXTENDED STATED");
  });
  it("the inriktningsdokument: valid 2018–2022, an endorsed extension to 2024, then ended", () => {
    expect(on(inriktning, "2021-06-01")).toBe("IN_FORCE STATED");
    expect(on(inriktning, "2023-06-01")).toBe("EXTENSION_ENDORSED STATED");
    expect(on(inriktning, "2025-02-01")).toBe("ENDED INFERRED");
    expect(on(facts("doc:y", { ...inriktning, positions: [] }), "2023-06-01")).toBe("ENDED STATED");
  });
  it("the 2022 revision: endorsed, then not adopted (41 of 49, 2 returned, needs every party)", () => {
    expect(on(revision2022, "2021-06-01")).toBe("UNKNOWN UNKNOWN");
    expect(on(revision2022, "2022-02-15")).toBe("ENDORSED STATED");
    expect(on(revision2022, "2022-06-01")).toBe("ENDORSED INFERRED");
    const s = documentStateOn(revision2022, "2023-06-01");
    expect(`${s.state} ${s.certainty}`).toBe("NOT_ADOPTED INFERRED");
    expect(s.explanation).toMatch(/41 av 49 har sagt ja.*2 har återremitterat ärendet och avtalet förutsätter att samtliga parter/);
    expect(on(revision2022, "2026-12-06")).toBe("NOT_ADOPTED INFERRED");
  });
  it("the 2025 proposal: unknown before it is stated, on referral in the window, proposed until the planned decision, then unknown", () => {
    expect(on(hos2025, "2023-06-01")).toBe("UNKNOWN UNKNOWN");
    expect(on(hos2025, "2025-01-30")).toBe("ON_REFERRAL STATED");
    expect(on(hos2025, "2025-06-01")).toBe("ON_REFERRAL STATED");
    expect(on(hos2025, "2025-07-01")).toBe("PROPOSED INFERRED");
    const s = documentStateOn(hos2025, "2026-12-06");
    expect(s.state).toBe("UNKNOWN");
    expect(s.explanation).toMatch(/Okänt efter 2025-09-01/);
  });
  it("an agreement whose term follows the HoS-avtal has its state, inferred", () => {
    expect(on(ramavtal, "2020-06-01")).toBe("IN_FORCE STATED");
    expect(on(ramavtal, "2021-06-01")).toBe("IN_FORCE INFERRED");
    expect(on(ramavtal, "2025-06-01")).toBe("IN_FORCE_BY_RENEWAL INFERRED");
    expect(on(ramavtal, "2026-12-06")).toBe("UNKNOWN UNKNOWN");
  });
  it("a successor in force replaces; a stated start lies ahead", () => {
    const next = facts("doc:next", { status: "IN_FORCE", statusFirstStated: d("2024-01-01"), validFrom: d("2024-01-01"), validTo: d("2027-12-31") });
    const old = facts("doc:old", { status: "IN_FORCE", statusFirstStated: d("2020-01-01", "YEAR"), validTo: d("2023-12-31"), successors: [related(next, "REPLACES", false)] });
    expect(on(old, "2025-06-01")).toBe("REPLACED STATED");
    expect(on(next, "2023-06-01")).toBe("UNKNOWN UNKNOWN");
    const adopted = facts("doc:adopted", { status: "ADOPTED", statusFirstStated: d("2023-03-01"), validFrom: d("2024-01-01") });
    expect(on(adopted, "2023-06-01")).toBe("NOT_YET_IN_FORCE STATED");
    expect(on(facts("doc:none"), "2023-06-01")).toBe("UNKNOWN UNKNOWN");
  });
});

const dateArb = fc.integer({ min: 2017, max: 2027 }).chain((y) => fc.tuple(fc.constant(y), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))).map(([y, m, day]) => `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
const partialArb = fc.tuple(dateArb, fc.constantFrom("DAY" as const, "MONTH" as const, "YEAR" as const)).map(([date, p]) => d(date, p));
const leafArb: fc.Arbitrary<DocumentFacts> = fc
  .record({
    status: fc.constantFrom(null, "IN_FORCE", "ADOPTED", "EXTENDED", "DRAFT", "ON_REFERRAL", "ENDORSED", "REPLACED", "EXPIRED", "UNKNOWN"),
    first: fc.option(partialArb, { nil: null }),
    last: fc.option(partialArb, { nil: null }),
    validFrom: fc.option(partialArb, { nil: null }),
    validTo: fc.option(partialArb, { nil: null }),
    renewal: fc.boolean(),
    ext: fc.array(fc.tuple(partialArb, fc.option(partialArb, { nil: null }), fc.boolean()), { maxLength: 2 }),
    window: fc.option(fc.tuple(dateArb, dateArb), { nil: null }),
    planned: fc.option(partialArb, { nil: null }),
    parties: fc.option(fc.tuple(fc.integer({ min: 0, max: 49 }), fc.integer({ min: 0, max: 3 }), fc.boolean(), partialArb), { nil: null }),
  })
  .map((r) =>
    facts("doc:r", {
      status: r.status,
      statusFirstStated: r.first,
      statusLastStated: r.last,
      validFrom: r.validFrom,
      validTo: r.validTo,
      renewalTerms: r.renewal ? "Förlängs med två år i taget." : null,
      positions: r.ext.map(([until, onDate, mandate]) => extension(until, onDate, { id: "forum:f", name: "F", hasDecisionMandate: mandate })),
      milestones: [
        ...(r.window ? [{ id: "m:w", name: "remiss", kind: "REFERRAL_WINDOW", date: d([...r.window].sort()[0]!), endDate: [...r.window].sort()[1]!, inferred: false, sources: [] }] : []),
        ...(r.planned ? [{ id: "m:p", name: "beslut", kind: "PLANNED_DECISION", date: r.planned, endDate: null, inferred: false, sources: [] }] : []),
      ],
      parties: r.parties ? { total: 49, approved: r.parties[0], returned: r.parties[1], requiresAll: r.parties[2], statedOn: r.parties[3] } : facts("x").parties,
    }),
  );
const docArb = fc.tuple(leafArb, fc.option(leafArb, { nil: null }), fc.option(leafArb, { nil: null })).map(([own, successor, followed]) => ({
  ...own,
  successors: successor ? [related({ ...successor, id: "doc:s", name: "doc:s" }, "REPLACES")] : [],
  termFollows: followed ? [related({ ...followed, id: "doc:t", name: "doc:t" }, "TERM_FOLLOWS")] : [],
}));

describe("properties over random facts and dates", () => {
  it("one state per date, with a Swedish explanation; in force and final never at once", () => {
    fc.assert(
      fc.property(docArb, dateArb, (f, date) => {
        const s = documentStateOn(f, date);
        expect(IN_FORCE_STATES.includes(s.state) && FINAL_STATES.includes(s.state)).toBe(false);
        expect(s.explanation.length).toBeGreaterThan(10);
        expect(s.certainty === "UNKNOWN").toBe(s.state === "UNKNOWN");
      }),
      { numRuns: 800, seed: 20261206 },
    );
  });
  it("no state is STATED after the last dated fact that supports it", () => {
    fc.assert(
      fc.property(docArb, dateArb, (f, date) => {
        const s = documentStateOn(f, date);
        if (s.certainty !== "STATED" || FINAL_STATES.includes(s.state)) return;
        const ends = s.facts.flatMap((x) => [x.endDate, x.date ? lastDay(x.date) : null]).filter((x): x is string => x !== null);
        expect(ends.length).toBeGreaterThan(0);
        expect(date <= ends.sort().at(-1)!).toBe(true);
      }),
      { numRuns: 800, seed: 20261206 },
    );
  });
  it("no state is known before the first dated fact", () => {
    fc.assert(
      fc.property(docArb, (f) => {
        const s = documentStateOn({ ...f, successors: [], termFollows: [] }, "2016-01-01");
        expect(s.state).toBe("UNKNOWN");
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });
});
