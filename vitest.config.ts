import { defineConfig } from "vitest/config";

// Three suites: unit (no database), integration (a real Neo4j, seeded once by the global
// setup) and end-to-end (the real HTTP server, driven by curl-like requests and Chromium).
export default defineConfig({
  test: {
    reporters: ["default", "./test/support/summary-reporter.ts"],
    projects: [
      // Unit tests first (seconds), then the suites that need a database.
      { test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node", sequence: { groupOrder: 0 } } },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts", "test/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // One Neo4j serves every file; two workers keep the 2-core machine responsive.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
