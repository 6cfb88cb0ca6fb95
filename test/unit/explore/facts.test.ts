/**
 * An entity's facts as the explore page shows them: every property the seed model can store has
 * a Swedish name, codes read in Swedish, and a date is cut to its precision.
 */
import { describe, expect, it } from "vitest";
import { factRows } from "../../../src/explore/page/parts/facts.js";
import { ENUM_SV, PROPERTY_SV } from "../../../src/labels/sv.js";
import { entityTypeSchemas } from "../../../src/model/entities.js";

/** Stored but never shown as a fact (the neighbourhood's NOT_FACTS, and what is the page's heading). */
const NOT_SHOWN = new Set(["id", "type", "name", "description", "cite", "inferred", "because"]);
/** Written by the seed builder: beside `aliases`, and the dates' derived fields (src/model/date-precision.ts). */
const BUILT = ["inferredAliases", "inferredAliasReasons", "datePrecision"];

describe("explore facts", () => {
  it("has a Swedish name for every property an entity can have", () => {
    const keys = new Set([...Object.values(entityTypeSchemas).flatMap((schema) => Object.keys(schema.shape)), ...BUILT]);
    const unnamed = [...keys].filter((k) => !NOT_SHOWN.has(k) && PROPERTY_SV[k] === undefined);
    expect(unnamed).toEqual([]);
  });

  it("shows codes in Swedish, by the entity's type, flags as ja/nej, and a date to its precision", () => {
    const rows = factRows("GoverningDocument", [
      { key: "kind", value: "HEALTHCARE_AGREEMENT" },
      { key: "status", value: "IN_FORCE" },
      { key: "validFrom", value: "2018-01-01" },
      { key: "validFromPrecision", value: "YEAR" },
      { key: "validTo", value: "2022-05-31" },
    ]);
    expect(rows).toEqual([
      { key: "kind", name: PROPERTY_SV.kind, value: ENUM_SV.GoverningDocumentKind.HEALTHCARE_AGREEMENT },
      { key: "status", name: PROPERTY_SV.status, value: ENUM_SV.GoverningDocumentStatus.IN_FORCE },
      { key: "validFrom", name: PROPERTY_SV.validFrom, value: "2018" },
      { key: "validTo", name: PROPERTY_SV.validTo, value: "2022-05-31" },
    ]);
    expect(factRows("Meeting", [{ key: "kind", value: "REGULAR" }, { key: "status", value: "HELD" }, { key: "format", value: "DIGITAL" }]).map((r) => r.value)).toEqual([
      ENUM_SV.MeetingKind.REGULAR,
      ENUM_SV.MeetingStatus.HELD,
      ENUM_SV.MeetingFormat.DIGITAL,
    ]);
    expect(factRows("Meeting", [{ key: "date", value: "2022-01-20" }, { key: "datePrecision", value: "DAY" }]).map((r) => r.key)).toEqual(["date"]);
    expect(factRows("Milestone", [{ key: "date", value: "2023-03-01" }, { key: "precision", value: "MONTH" }])).toEqual([{ key: "date", name: PROPERTY_SV.date, value: "2023-03" }]);
    expect(factRows("Forum", [{ key: "hasDecisionMandate", value: "false" }])[0]!.value).toBe("nej");
    expect(factRows("Membership", [{ key: "role", value: "CHAIR" }])[0]!.value).toBe(ENUM_SV.MembershipRole.CHAIR);
    expect(factRows("FundFlow", [{ key: "kind", value: "PROPOSED_USE" }])[0]!.value).toBe(ENUM_SV.FundFlowKind.PROPOSED_USE);
  });
});
