/**
 * Stored property values in Swedish: every enum-typed property of every entity type (as the seed
 * model declares it) has its enum in PROPERTY_ENUM, and the same code reads by the entity's type.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ENUM_SV, PROPERTY_ENUM, propertyValueSv, statusSv } from "../../../src/labels/sv.js";
import { entityTypeSchemas } from "../../../src/model/entities.js";
import * as vocabulary from "../../../src/model/vocabulary.js";

/** Each enum-typed field of each entity type, with the vocabulary's name of the enum. */
function enumFields(): { type: string; key: string; enumName: string }[] {
  const names = new Map<unknown, string>(Object.entries(vocabulary).map(([name, schema]) => [schema, name]));
  return Object.entries(entityTypeSchemas).flatMap(([type, schema]) =>
    Object.entries(schema.shape).flatMap(([key, field]) => {
      const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
      const enumName = inner instanceof z.ZodEnum ? names.get(inner) : undefined;
      return enumName ? [{ type, key, enumName }] : [];
    }),
  );
}

describe("property values in Swedish", () => {
  it("knows the enum of every enum-typed property of the model", () => {
    const fields = enumFields();
    expect(fields.length).toBeGreaterThan(10);
    for (const { type, key, enumName } of fields) {
      const expected = /(^p|P)recision$/.test(key) ? "DatePrecision" : (PROPERTY_ENUM as Record<string, Record<string, string>>)[type]?.[key];
      expect(expected, `${type}.${key}`).toBe(enumName);
      expect(Object.keys(ENUM_SV), `${type}.${key}`).toContain(enumName);
    }
  });

  it("reads a code by the entity's type, a boolean as ja/nej, and other text as it is", () => {
    expect(propertyValueSv("Position", "positionType", "ENDORSED")).toBe(ENUM_SV.PositionType.ENDORSED);
    expect(statusSv("GoverningDocument", "ENDORSED")).toBe(ENUM_SV.GoverningDocumentStatus.ENDORSED);
    expect(statusSv("FundFlow", "ENDORSED")).toBe(ENUM_SV.FundFlowStatus.ENDORSED);
    expect(propertyValueSv("Meeting", "datePrecision", "MONTH")).toBe("månad");
    expect(propertyValueSv("Forum", "hasDecisionMandate", "false")).toBe("nej");
    expect(propertyValueSv("Forum", "mandate", "Samrådsgrupp")).toBe("Samrådsgrupp");
    expect(statusSv("Person", null)).toBe("");
  });
});
