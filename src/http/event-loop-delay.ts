/**
 * How late this process's event loop runs, measured inside the server (perf_hooks'
 * monitorEventLoopDelay), in windows of a second: the longest and the 99th-percentile delay of
 * each of the last windows. A request that blocks the loop (a costly validation, a huge answer
 * serialised at once) shows here as it happens, whatever a client's own clock on a shared
 * machine adds. /health reports it; the fuzz test reads it.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";

export interface EventLoopWindow {
  /** When the window ended (epoch ms). */
  endedAt: number;
  maxMs: number;
  p99Ms: number;
}

export const WINDOW_MS = 1_000;
const WINDOWS_KEPT = 60;
/** The monitor's own timer: delays are seen to within this. */
const RESOLUTION_MS = 10;

const round = (nanoseconds: number) => Math.round(nanoseconds / 1e4) / 100;

export interface EventLoopDelay {
  /** The finished windows, oldest first, and the one in progress. */
  windows(): EventLoopWindow[];
  stop(): void;
}

export function monitorEventLoop(): EventLoopDelay {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  const finished: EventLoopWindow[] = [];
  const current = (): EventLoopWindow => ({ endedAt: Date.now(), maxMs: histogram.count ? round(histogram.max) : 0, p99Ms: histogram.count ? round(histogram.percentile(99)) : 0 });
  const timer = setInterval(() => {
    finished.push(current());
    if (finished.length > WINDOWS_KEPT) finished.shift();
    histogram.reset();
  }, WINDOW_MS);
  timer.unref();
  return {
    windows: () => [...finished, current()],
    stop() {
      clearInterval(timer);
      histogram.disable();
    },
  };
}
