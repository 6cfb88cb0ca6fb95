/**
 * The app's statements are planned ahead (src/questions/warm.ts, src/website/warm.ts) as tasks
 * taken in order by a few workers: Neo4j plans each statement on one thread, so two or three at
 * once keep both cores of a small machine busy, and the order says what is ready first.
 */
export type WarmTask = () => Promise<void>;

/** Statements planned at once by one warm-up: Neo4j plans each on one thread, so two use both cores of a small machine. */
export const WARM_CONCURRENCY = 2;

/** Runs the tasks in their order on `concurrency` workers, each taking the next task when it finishes one. */
export async function runInOrder(tasks: readonly WarmTask[], concurrency: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}
