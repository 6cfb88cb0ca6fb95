/**
 * Sends attack cases to a server on this machine and measures each answer; probes /health
 * alongside. Loopback only, every request bounded in time.
 */
import type { AttackCase } from "./cases.js";

export interface AttackResult {
  name: string;
  kind: string;
  status: number | "timeout" | "error";
  /** performance.now() when it was sent. */
  startedAt: number;
  durationMs: number;
  bytes: number;
  contentType: string;
  codes: string[];
  body: string;
}

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(host)) throw new Error(`attack: only servers on this machine (127.0.0.1, localhost, [::1]) are targets, not ${host}`);
}

export async function sendCase(graphqlUrl: string, attack: AttackCase, timeoutMs: number): Promise<AttackResult> {
  assertLoopback(graphqlUrl);
  const started = performance.now();
  const { request } = attack;
  try {
    const response = await fetch(graphqlUrl + (request.search ?? ""), {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await response.text();
    let codes: string[] = [];
    try {
      const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
      codes = (parsed.errors ?? []).map((e) => e.extensions?.code ?? "?");
    } catch {
      codes = ["<not JSON>"];
    }
    return { name: attack.name, kind: attack.kind, status: response.status, startedAt: started, durationMs: performance.now() - started, bytes: body.length, contentType: response.headers.get("content-type") ?? "", codes, body };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return { name: attack.name, kind: attack.kind, status: timedOut ? "timeout" : "error", startedAt: started, durationMs: performance.now() - started, bytes: 0, contentType: "", codes: [], body: String(error) };
  }
}

/** Polls GET /health every `intervalMs` until stopped; reports the slowest answer. */
export interface HealthProbeResult {
  probes: number;
  slowestMs: number;
  /** performance.now() when the slowest probe was sent. */
  slowestAt: number;
  failures: number;
}

export function probeHealth(baseUrl: string, intervalMs = 50): { stop(): Promise<HealthProbeResult> } {
  assertLoopback(baseUrl);
  let running = true;
  let probes = 0;
  let slowestMs = 0;
  let slowestAt = 0;
  let failures = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        if (response.status !== 200) failures++;
      } catch {
        failures++;
      }
      if (performance.now() - started > slowestMs) {
        slowestMs = performance.now() - started;
        slowestAt = started;
      }
      probes++;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { probes, slowestMs, slowestAt, failures };
    },
  };
}
