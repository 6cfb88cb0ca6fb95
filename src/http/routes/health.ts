/**
 * /health: the process is up (no database work, so it answers at once even under load), which
 * program it is (`service`), so a client can tell this app from another one on the same port, and
 * how late its event loop has run in each of the last seconds (src/http/event-loop-delay.ts).
 * /ready: whether the app serves at full speed: the database answers (asked within
 * TIME_LIMITS.readyTimeoutMs, the wait for a connection included) and the app has planned its
 * queries. While the database is known to be down, being restarted, or the app is planning, it
 * says so at once (503 with Retry-After), without asking the database.
 */
import express, { type Router } from "express";
import type { Driver } from "neo4j-driver";
import { TIME_LIMITS } from "../../config/limits.js";
import { SERVICE_NAME } from "../../config/service.js";
import { pingDatabase, type DatabaseHealth } from "../../database/health.js";
import { WINDOW_MS, type EventLoopDelay } from "../event-loop-delay.js";
import { graphqlErrorBody } from "../middleware/error-body.js";

export function healthRoutes(driver: Driver, database: string, health: DatabaseHealth, eventLoop: EventLoopDelay): Router {
  const router = express.Router();
  router.get("/health", (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.json({ status: "ok", service: SERVICE_NAME, uptimeSeconds: Math.round(process.uptime()), eventLoopDelay: { windowMs: WINDOW_MS, windows: eventLoop.windows() } });
  });
  router.get("/ready", async (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    let readiness = health.readiness();
    if (readiness.ready) {
      // The process watcher or a failing request may learn of an outage before the ping times out.
      const ping = pingDatabase(driver, database, TIME_LIMITS.readyTimeoutMs);
      const wentDown = health.whenDown(ping).then(() => ({ ok: false, error: "the database went down", timedOut: false }));
      const result = await Promise.race([ping, wentDown]);
      if (!result.ok) {
        if (!result.timedOut) health.reportUnavailable(result.error ?? "no answer");
        readiness = { ready: false, status: "unavailable", reason: `database: ${result.error}`, retryAfterS: health.retryAfterS() };
      }
    }
    if (readiness.ready) return void res.json({ status: "ready" });
    res.setHeader("Retry-After", String(readiness.retryAfterS));
    const code = readiness.status === "warming" ? "WARMING_UP" : "DATABASE_UNAVAILABLE";
    res.status(503).json({ status: readiness.status, reason: readiness.reason, ...graphqlErrorBody(code, `Not ready: ${readiness.reason}.`, { retryable: true }) });
  });
  return router;
}
