/**
 * The cost estimate over HTTP, against the real server and database: relationship lists asked
 * without `limit` nested ten deep (`invited { invitedTo { invited … } }` on a real meeting) are
 * refused with a 400 and QUERY_TOO_COMPLEX before anything runs: the driver the GraphQL layer
 * reads through opens no session for it, while an ordinary read opens one.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUEST_LIMITS } from "../../../src/config/limits.js";
import type { RunningHttpServer } from "../../../src/http/server.js";
import { testDatabase, testDriver } from "../../support/test-database.js";
import { postGraphQL, startTestServer } from "../../support/test-server.js";

/** The driver with a count of the sessions opened on it (the GraphQL layer runs every statement in one). */
function countingSessions(driver: Driver): { driver: Driver; sessions: () => number } {
  let sessions = 0;
  const counted = new Proxy(driver, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== "session" || typeof value !== "function") return typeof value === "function" ? value.bind(target) : value;
      return (...args: unknown[]) => {
        sessions++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { driver: counted, sessions: () => sessions };
}

/** `invited { invitedTo { invited … } }`, `depth` lists deep, none with a limit. */
function invitedChain(depth: number): string {
  const names = Array.from({ length: depth }, (_, i) => (i % 2 === 0 ? "invited" : "invitedTo"));
  return names.reduceRight((inner, name) => `${name} { id ${inner} }`, "id");
}

describe("the cost estimate", () => {
  const db = testDatabase();
  let driver: Driver;
  let server: RunningHttpServer;
  let sessions: () => number;
  let meetingId: string;
  beforeAll(async () => {
    driver = testDriver(db);
    const counting = countingSessions(driver);
    sessions = counting.sessions;
    server = await startTestServer(counting.driver, db.database);
    const result = await driver.executeQuery("MATCH (m:Meeting)<-[:INVITED_TO]-() RETURN m.id AS id LIMIT 1", {}, { database: db.database });
    meetingId = result.records[0]?.get("id") as string;
  });
  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  it("reads an ordinary nested query through a session (the count sees the GraphQL layer's work)", async () => {
    expect(meetingId).toBeTruthy();
    const before = sessions();
    const answer = await postGraphQL<{ meetings: { invited: { id: string }[] }[] }>(server.graphqlUrl, `{ meetings(where: { id: { eq: "${meetingId}" } }) { ${invitedChain(2)} } }`);
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.meetings[0]!.invited.length).toBeGreaterThan(0);
    expect(sessions()).toBeGreaterThan(before);
  });

  it("refuses unbounded lists nested ten deep with 400 QUERY_TOO_COMPLEX, before anything runs", async () => {
    const before = sessions();
    const started = performance.now();
    const answer = await postGraphQL(server.graphqlUrl, `{ meetings(where: { id: { eq: "${meetingId}" } }) { ${invitedChain(10)} } }`);
    const tookMs = Math.round(performance.now() - started);
    console.log(`depth-10 invited chain refused in ${tookMs} ms`);
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(answer.errors![0]!.extensions?.maxCost).toBe(REQUEST_LIMITS.maxCost);
    expect(sessions()).toBe(before);
  });
});
