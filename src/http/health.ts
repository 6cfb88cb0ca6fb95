/** /health: the process is up. /ready: the database answers a query within a short time. */
import type { Router } from "express";
import express from "express";
import type { Driver } from "neo4j-driver";

export async function databaseReady(driver: Driver, database: string, timeoutMs = 3_000): Promise<{ ok: boolean; error?: string }> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    await session.executeRead((tx) => tx.run("RETURN 1"), { timeout: timeoutMs });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message.split("\n")[0] };
  } finally {
    await session.close().catch(() => undefined);
  }
}

export function healthRoutes(driver: Driver, database: string): Router {
  const router = express.Router();
  router.get("/health", (_req, res) => {
    res.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) });
  });
  router.get("/ready", async (_req, res) => {
    const result = await databaseReady(driver, database);
    res.status(result.ok ? 200 : 503).json(result.ok ? { status: "ready" } : { status: "unavailable", reason: `database: ${result.error}` });
  });
  return router;
}
