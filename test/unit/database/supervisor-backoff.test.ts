/** The local Neo4j's restart waits (src/database/local/supervisor.ts): 1, 2, 4 … seconds, capped at 30. */
import { describe, expect, it } from "vitest";
import { backoffMs } from "../../../src/database/local/supervisor.js";

describe("restart backoff", () => {
  it("doubles from the first wait after each failed attempt, up to the cap", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map((failures) => backoffMs(failures, 1_000, 30_000))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });
});
