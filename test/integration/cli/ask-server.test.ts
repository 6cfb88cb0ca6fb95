/**
 * The ask CLI says which server answered, and asks nothing of a server that is not this
 * project's API: a real HTTP server on this machine that answers GraphQL-shaped JSON to every
 * request (as another project's API on port 4000 would) is refused before a question is sent.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAsk, runAskWith } from "../../support/ask-cli.js";
import { useTestApi } from "../../support/test-api.js";

const api = useTestApi();

/** Another program on a port: every request gets 200 and `body`; it records what it was asked. */
function foreignServer(body: unknown): { url: () => string; requests: string[]; start: () => Promise<void>; stop: () => Promise<void> } {
  const requests: string[] = [];
  let server: Server;
  return {
    requests,
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    start: () =>
      new Promise((resolve) => {
        server = createServer((req, res) => {
          requests.push(`${req.method} ${req.url}`);
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
        });
        server.listen(0, "127.0.0.1", resolve);
      }),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const anonymous = foreignServer({ status: "ok", data: { search: { hits: [] } } });
const other = foreignServer({ status: "ok", service: "annat-projekt" });
beforeAll(async () => {
  await anonymous.start();
  await other.start();
});
afterAll(async () => {
  await anonymous.stop();
  await other.stop();
});

describe("the server the CLI talks to", () => {
  it("ends every answer with the server that gave it and where its address came from", async () => {
    const run = await runAsk(api.url(), "sok", "Färdplan", "--kort");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split("\n").at(-1)).toBe(`Svaret kommer från samverkansgrafen på ${api.url()} (--url).`);
    const fromEnvironment = await runAskWith({ args: ["sok", "Färdplan", "--kort"], env: { ASK_URL: api.url() } });
    expect(fromEnvironment.code, fromEnvironment.stderr).toBe(0);
    expect(fromEnvironment.stdout.trim().split("\n").at(-1)).toBe(`Svaret kommer från samverkansgrafen på ${api.url()} ($ASK_URL).`);
  }, 120_000);

  it("refuses a server that does not say it is samverkansgrafen, and sends it no question", async () => {
    const run = await runAsk(anonymous.url(), "sok", "Färdplan");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`Servern på ${anonymous.url()} (--url) svarar inte som samverkansgrafen`);
    expect(run.stderr).toContain("--url eller $ASK_URL");
    expect(anonymous.requests).toEqual(["GET /health"]);
  }, 120_000);

  it("refuses a server that names itself as another program", async () => {
    const run = await runAskWith({ args: ["styrning", "doc:fardplan"], env: { ASK_URL: other.url() } });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`Servern på ${other.url()} ($ASK_URL) säger att den är "annat-projekt": frågar den inte.`);
    expect(other.requests.every((r) => r === "GET /health")).toBe(true);
  }, 120_000);

  it("says so when nothing answers at the address", async () => {
    const closed = foreignServer({});
    await closed.start();
    const url = closed.url();
    await closed.stop();
    const run = await runAsk(url, "sok", "Färdplan");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Når inte API:t på ${url} (--url;`);
  }, 120_000);
});
