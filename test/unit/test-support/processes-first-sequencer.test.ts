/**
 * The suite's file order (test/support/processes-first-sequencer.ts): inside each project, the
 * files that start processes first, the order kept otherwise; and which files count as such.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processesFirst, STARTS_PROCESSES } from "../../support/processes-first-sequencer.js";
import { projectRoot } from "../../../src/config/paths.js";

const file = (project: string, moduleId: string) => ({ project, moduleId });

describe("processes first", () => {
  it("moves the files that start processes to the front of their project, keeping both orders and the projects' order", () => {
    const heavy = new Set(["b2", "a3", "b4"]);
    const sorted = [file("a", "a1"), file("a", "a2"), file("a", "a3"), file("b", "b1"), file("b", "b2"), file("b", "b3"), file("b", "b4")];
    expect(processesFirst(sorted, (f) => heavy.has(f)).map((f) => f.moduleId)).toEqual(["a3", "a1", "a2", "b2", "b4", "b1", "b3"]);
  });

  it("keeps an order with none of them, and an empty one", () => {
    const sorted = [file("a", "a1"), file("b", "b1"), file("b", "b2")];
    expect(processesFirst(sorted, () => false)).toEqual(sorted);
    expect(processesFirst([], () => true)).toEqual([]);
  });

  it("counts the files that start a Neo4j, the app or Chromium, and not a file on the shared database", () => {
    const text = (path: string) => readFileSync(join(projectRoot, path), "utf8");
    for (const path of ["test/integration/recovery.test.ts", "test/e2e/npm-start.test.ts", "test/e2e/explore-views.test.ts", "test/integration/hardening/fault.test.ts", "test/integration/changes/change-feed.test.ts"]) {
      expect(STARTS_PROCESSES.test(text(path)), path).toBe(true);
    }
    expect(STARTS_PROCESSES.test(text("test/integration/seed.test.ts"))).toBe(false);
  });
});
