import { defineConfig } from "vitest/config";

// Suites: unit (no database), integration (a real Neo4j, seeded once by the global setup) and
// end-to-end (the real HTTP server, driven by curl-like requests and Chromium), then the tests
// whose assertions are about time (hostile requests, outage), alone on the machine.
const TIMED = ["test/integration/hardening/fuzz.test.ts", "test/integration/hardening/outage.test.ts"];
// Tests that write throw-away entities into the shared seeded graph while they run: alone, after
// the suites that read the whole graph (a period's events, the documents in force), which would
// otherwise see them.
const WRITERS = ["test/integration/questions/document-dependencies-property.test.ts"];
// Minutes long, so not in every `npm test`; each runs on its own: the fault test (a minute of
// traffic, two kills and a freeze, each waited out to full service; `npm run test:fault`) and the
// schema walk (thousands of field paths in a few dozen large statements; `npm run test:walk`).
const LONG = { fault: ["test/integration/hardening/fault.test.ts"], walk: ["test/integration/tools/schema-walk.test.ts"] };
const LONG_PROJECT = process.env.LONG_TEST as keyof typeof LONG | undefined;

const withDatabase = {
  environment: "node" as const,
  globalSetup: ["test/support/global-setup.ts"],
  testTimeout: 60_000,
  hookTimeout: 240_000,
};

export default defineConfig({
  test: {
    reporters: ["default", "./test/support/summary-reporter.ts"],
    projects: [
      // Unit tests first (seconds), then the suites that need a database.
      { test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node", sequence: { groupOrder: 0 } } },
      {
        test: {
          ...withDatabase,
          name: "integration",
          include: ["test/integration/**/*.test.ts", "test/e2e/**/*.test.ts"],
          exclude: [...TIMED, ...WRITERS, ...Object.values(LONG).flat()],
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
      ...(LONG_PROJECT && LONG[LONG_PROJECT] ? [{ test: { ...withDatabase, name: LONG_PROJECT, include: LONG[LONG_PROJECT], maxWorkers: 1, sequence: { groupOrder: 4 } } }] : []),
    ],
  },
});
