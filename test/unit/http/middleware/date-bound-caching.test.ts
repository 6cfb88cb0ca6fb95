/** A cached answer does not outlive the Stockholm day it holds for; the ETag's day input follows the clock. */
import { afterEach, describe, expect, it } from "vitest";
import { answerDay, capAtMidnight } from "../../../../src/http/middleware/date-bound-caching.js";

afterEach(() => {
  delete process.env.NOW;
});

describe("capAtMidnight", () => {
  it("caps max-age and s-maxage at the seconds left until midnight in Stockholm", () => {
    // 23:00 in Stockholm in winter (UTC+1): one hour left.
    expect(capAtMidnight("public, max-age=86400, s-maxage=600", new Date("2025-01-30T22:00:00Z"))).toBe("public, max-age=3600, s-maxage=600");
    // Summer (UTC+2): 23:30 local leaves 30 minutes.
    expect(capAtMidnight("public, max-age=60", new Date("2025-06-01T21:30:00Z"))).toBe("public, max-age=60");
    expect(capAtMidnight("public, max-age=7200", new Date("2025-06-01T21:30:00Z"))).toBe("public, max-age=1800");
  });
  it("leaves a policy without an age alone", () => {
    expect(capAtMidnight("no-store", new Date("2025-01-30T22:00:00Z"))).toBe("no-store");
  });
});

describe("answerDay", () => {
  it("is today's Stockholm date from the clock", () => {
    process.env.NOW = "2025-06-01T23:30:00+02:00";
    expect(answerDay()).toBe("2025-06-01");
    process.env.NOW = "2025-06-02T00:10:00+02:00";
    expect(answerDay()).toBe("2025-06-02");
  });
});
