import { defineConfig } from "vitest/config";
import ProcessesFirstSequencer from "./test/support/processes-first-sequencer.js";

// Suites: unit (no database), integration (a real Neo4j, seeded once by the global setup) and
// end-to-end (the real HTTP server, driven by curl-like requests and Chromium), then the tests
// whose assertions are about time (hostile requests, outage), alone on the machine.
const TIMED = ["test/integration/hardening/fuzz.test.ts", "test/integration/hardening/outage.test.ts"];
// Tests that write throw-away entities into the shared seeded graph while they run: alone, after
// the suites that read the whole graph (a period's events, the documents in force), which would
// otherwise see them.
const WRITERS = [
  "test/integration/questions/document-dependencies-property.test.ts",
  "test/integration/hardening/warm-up-requests.test.ts",
  "test/integration/questions/search-index-rebuild.test.ts",
];
// The schema walk (every field path to depth 3, generated from introspection: a few dozen large
// statements that Neo4j must plan) and the fault test (`npm start` as a process under a minute of
// traffic, its database killed twice and frozen once): each alone, after the others, since both
// measure what the whole machine gives them. `npm run test:walk` / `test:fault` run one alone.
const WALK = ["test/integration/tools/schema-walk.test.ts"];
const FAULT = ["test/integration/hardening/fault.test.ts"];

const withDatabase = {
  environment: "node" as const,
  globalSetup: ["test/support/global-setup.ts"],
  testTimeout: 60_000,
  hookTimeout: 240_000,
};

export default defineConfig({
  test: {
    reporters: ["default", "./test/support/summary-reporter.ts"],
    // Within a project, the files that start JVMs, the app or a browser first (the long ones).
    sequence: { sequencer: ProcessesFirstSequencer },
    projects: [
      // Unit tests first (seconds), then the suites that need a database.
      { test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node", sequence: { groupOrder: 0 } } },
      {
        test: {
          ...withDatabase,
          name: "integration",
          include: ["test/integration/**/*.test.ts", "test/e2e/**/*.test.ts"],
          exclude: [...TIMED, ...WRITERS, ...WALK, ...FAULT],
          // One Neo4j serves every file; two workers keep the 2-core machine responsive.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      { test: { ...withDatabase, name: "writers", include: WRITERS, maxWorkers: 1, sequence: { groupOrder: 2 } } },
      {
        // "/health within 100 ms while attacked", "503 within 1 s": bounds that another test
        // file running beside them on 2 cores would break, so these run last, one at a time.
        test: { ...withDatabase, name: "timed", include: TIMED, maxWorkers: 1, sequence: { groupOrder: 3 } },
      },
      { test: { ...withDatabase, name: "walk", include: WALK, maxWorkers: 1, sequence: { groupOrder: 4 } } },
      // The fault test starts `npm start` with a local Neo4j of its own: no shared test database.
      { test: { environment: "node", testTimeout: 60_000, hookTimeout: 600_000, name: "fault", include: FAULT, maxWorkers: 1, sequence: { groupOrder: 5 } } },
    ],
  },
});
