/** The timeline's categories of positions. */
import { describe, expect, it } from "vitest";
import { positionCategory } from "../../../src/questions/timeline/resolver.js";

describe("timeline categories", () => {
  it("an extension, a commission and a referral have their own category", () => {
    expect(positionCategory("EXTENDED")).toBe("EXTENSION");
    expect(positionCategory("ASSIGNED_TASK")).toBe("COMMISSION");
    expect(positionCategory("SENT_ON_REFERRAL")).toBe("REFERRAL");
    expect(positionCategory("ENDORSED")).toBe("POSITION");
  });
});
