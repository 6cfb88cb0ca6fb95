/** An agreement diff's sides and differences without a database. */
import { describe, expect, it } from "vitest";
import { diffSide, fieldDifferences, type RawSide } from "../../../src/questions/agreement-diff/compare.js";

const doc = (id: string) => ({ id, type: "GoverningDocument" as const, name: `Avtal ${id}`, shortName: null, kind: "HEALTHCARE_AGREEMENT", status: null });
const step = (relation: string, from: string, to: string, inferred = false) => ({ relation, from, to, inferred, because: inferred ? "en slutsats" : null, note: null, sources: [] });

function raw(id: string, fields: Partial<RawSide["fields"]>, links: RawSide["links"] = []): RawSide {
  const none = { version: null, validityText: null, renewalTerms: null, noticeTerms: null, renewalPeriodMonths: null, noticePeriodMonths: null, partiesTotal: null, partiesApproved: null, partiesReturned: null, requiresAllParties: null, partiesNote: null, validFrom: null, validFromPrecision: null, validTo: null, validToPrecision: null, extendedUntil: null, extendedUntilPrecision: null, partiesStatedOn: null, partiesStatedOnPrecision: null };
  return { document: doc(id), isDocument: true, fields: { ...none, ...fields }, related: 50, relatedInferred: 50, signing: [], links, sources: [] };
}

describe("diffSide", () => {
  it("keeps the stated counts, dates with their precision, and each part with the counterpart the other side names", () => {
    const counterpart = { ...step("REPLACES", "doc:ok-2025", "doc:ok"), meaning: "replaces", from: doc("doc:ok-2025"), to: doc("doc:ok") };
    const side = diffSide(raw("doc:a", { partiesTotal: 49, partiesApproved: 41, partiesStatedOn: "2022-09-01", partiesStatedOnPrecision: "MONTH", requiresAllParties: true }, [{ document: doc("doc:ok"), step: step("PART_OF", "doc:ok", "doc:a") }, { document: doc("doc:bilaga"), step: step("ANNEXED_TO", "doc:bilaga", "doc:a", true) }]), [counterpart]);
    expect(side.parties).toMatchObject({ total: 49, approved: 41, returned: null, requiresAll: true, statedOn: { date: "2022-09-01", precision: "MONTH", lastDay: "2022-09-30" } });
    expect(side.parts.map((p) => [p.document.id, p.counterpart?.from.id])).toEqual([["doc:ok", "doc:ok-2025"]]);
    expect(side.annexes.map((p) => [p.document.id, p.inferred, p.counterpart])).toEqual([["doc:bilaga", true, null]]);
  });
});

describe("fieldDifferences", () => {
  it("lists only the values that differ, in Swedish, with dates as far as they are known", () => {
    const from = diffSide(raw("doc:a", { renewalTerms: "Förlängs med två år i taget.", validFrom: "2020-01-01", validFromPrecision: "YEAR" }), []);
    const to = diffSide(raw("doc:b", { version: "remissversion", validFrom: "2020-01-01", validFromPrecision: "YEAR" }), []);
    expect(fieldDifferences(from, to)).toEqual([
      { field: "version", label: "version", from: null, to: "remissversion" },
      { field: "terms.renewalTerms", label: "förlängning", from: "Förlängs med två år i taget.", to: null },
    ]);
    expect(fieldDifferences(from, from)).toEqual([]);
  });
});
