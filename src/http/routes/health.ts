/**
 * /health: the process is up (no database work, so it answers at once even under load), and which
 * program it is (`service`), so a client can tell this app from another one on the same port, and
 * how late its event loop ran in each of the last seconds (event-loop-delay.ts).
 * /ready: the database answers a query, within TIME_LIMITS.readyTimeoutMs in all (the wait for a
 * connection included).
 */
import express, { type Router } from "express";
import type { Driver } from "neo4j-driver";
import { TIME_LIMITS } from "../../config/limits.js";
import { SERVICE_NAME } from "../../config/service.js";
import { pingDatabase } from "../../database/health.js";
import { WINDOW_MS, type EventLoopDelay } from "../event-loop-delay.js";

export function healthRoutes(driver: Driver, database: string, eventLoop: EventLoopDelay): Router {
  const router = express.Router();
  router.get("/health", (_req, res) => {
    res.json({ status: "ok", service: SERVICE_NAME, uptimeSeconds: Math.round(process.uptime()), eventLoopDelay: { windowMs: WINDOW_MS, windows: eventLoop.windows() } });
  });
  router.get("/ready", async (_req, res) => {
    const result = await pingDatabase(driver, database, TIME_LIMITS.readyTimeoutMs);
    res.status(result.ok ? 200 : 503).json(result.ok ? { status: "ready" } : { status: "unavailable", reason: `database: ${result.error}` });
  });
  return router;
}
