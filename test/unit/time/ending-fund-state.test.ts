/** When an agreement would end under its notice and renewal terms, and a fund's state from its period. */
import { describe, expect, it } from "vitest";
import { partial } from "../../../src/time/calendar.js";
import type { DocumentFacts } from "../../../src/time/document-facts.js";
import { endingUnderTerms } from "../../../src/time/ending.js";
import { fundStateOn } from "../../../src/time/fund-state.js";

const terms = (t: Partial<DocumentFacts>) => ({ noticePeriodMonths: null, renewalPeriodMonths: null, validTo: null, extendedUntil: null, ...t }) as DocumentFacts;

describe("endingUnderTerms", () => {
  it("counts whole renewal periods from the stated end until notice fits", () => {
    const f = terms({ validTo: partial("2019-12-31"), renewalPeriodMonths: 24, noticePeriodMonths: 12 });
    expect(endingUnderTerms(f, "2021-06-01").earliestEnd?.date).toBe("2023-12-31");
    expect(endingUnderTerms(f, "2020-12-31").earliestEnd?.date).toBe("2021-12-31");
    expect(endingUnderTerms(f, "2021-01-01").earliestEnd?.date).toBe("2021-12-31");
    expect(endingUnderTerms(f, "2021-01-02").earliestEnd?.date).toBe("2023-12-31");
  });
  it("without a term end to count from it gives the notice period's end and says the periods are not given", () => {
    const e = endingUnderTerms(terms({ renewalPeriodMonths: 24, noticePeriodMonths: 12 }), "2025-06-01");
    expect(e.earliestEnd).toBeNull();
    expect(e.explanation).toContain("minst till och med 2026-05-31");
    expect(e.explanation).toContain("när perioderna börjar anger källorna inte");
  });
  it("with no terms, the stated end or nothing", () => {
    expect(endingUnderTerms(terms({ validTo: partial("2022-12-31") }), "2022-01-01").earliestEnd?.date).toBe("2022-12-31");
    expect(endingUnderTerms(terms({}), "2022-01-01").explanation).toBe("Källorna anger varken slutdatum, förlängning eller uppsägningstid.");
  });
});

describe("fundStateOn", () => {
  const fund = { periodStart: "2021-01-01", periodStartPrecision: "YEAR", periodEnd: "2023-12-31", periodEndPrecision: "YEAR" };
  it("active within its period, not started before, ended after", () => {
    expect(fundStateOn(fund, "2020-12-31").state).toBe("NOT_STARTED");
    expect(fundStateOn(fund, "2021-01-01").state).toBe("ACTIVE");
    expect(fundStateOn(fund, "2023-12-31")).toMatchObject({ state: "ACTIVE", certainty: "STATED" });
    expect(fundStateOn(fund, "2024-01-01").state).toBe("ENDED");
  });
  it("an open end is not carried forward", () => {
    expect(fundStateOn({ ...fund, periodEnd: null, periodEndPrecision: null }, "2030-01-01")).toMatchObject({ state: "UNKNOWN", certainty: "UNKNOWN" });
    expect(fundStateOn({ periodStart: null, periodStartPrecision: null, periodEnd: null, periodEndPrecision: null }, "2022-01-01").state).toBe("UNKNOWN");
  });
});
