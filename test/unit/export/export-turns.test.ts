/**
 * The export's turns (src/export/export-turns.ts): one download per client, a few reading the
 * database at once, the next ones waiting in order, a full queue or a long wait refused.
 */
import { describe, expect, it } from "vitest";
import { ExportBusyError, exportTurns } from "../../../src/export/export-turns.js";

describe("export turns", () => {
  it("gives a client one download at a time, and the turn back when it ends (once)", () => {
    const turns = exportTurns({ perClient: 1, atOnce: 2, queued: 2, queueWaitMs: 1_000 });
    const release = turns.claimClient("a")!;
    expect(release).toBeTypeOf("function");
    expect(turns.claimClient("a")).toBeUndefined();
    expect(turns.claimClient("b")).toBeTypeOf("function");
    release();
    release();
    expect(turns.claimClient("a")).toBeTypeOf("function");
    expect(turns.claimClient("a")).toBeUndefined();
  });

  it("lets `atOnce` read the database, queues the next in order, refuses beyond the queue", async () => {
    const turns = exportTurns({ perClient: 1, atOnce: 2, queued: 2, queueWaitMs: 5_000 });
    const first = await turns.databaseTurn();
    await turns.databaseTurn();
    const order: string[] = [];
    const third = turns.databaseTurn().then((release) => (order.push("third"), release));
    const fourth = turns.databaseTurn().then((release) => (order.push("fourth"), release));
    await expect(turns.databaseTurn()).rejects.toBeInstanceOf(ExportBusyError);
    first();
    (await third)();
    await fourth;
    expect(order).toEqual(["third", "fourth"]);
  });

  it("refuses a wait longer than queueWaitMs", async () => {
    const turns = exportTurns({ perClient: 1, atOnce: 1, queued: 4, queueWaitMs: 50 });
    await turns.databaseTurn();
    await expect(turns.databaseTurn()).rejects.toThrow(/no turn to read the database within 0.05 s/);
  });
});
