/**
 * CORS from the allow-list and CSRF protection for POST, against the real server: a page on an
 * allowed origin may call the API (preflight and plain GET), another origin gets no
 * Access-Control-Allow-Origin, and a POST a form could send is refused.
 */
import { describe, expect, it } from "vitest";
import { useTestApi } from "../../support/test-api.js";

const ALLOWED = "https://vardsamverkan.example";
const OTHER = "https://elsewhere.example";
const QUERY = '{ entity(id: "forum:sro") { id name } }';

describe("CORS with an allow-list", () => {
  const api = useTestApi({ corsOrigins: [ALLOWED] });

  const preflight = (origin: string, method: string, headers?: string) =>
    fetch(api.url(), {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": method, ...(headers ? { "access-control-request-headers": headers } : {}) },
    });

  it("answers a preflight from an allowed origin with its origin, methods and headers", async () => {
    const response = await preflight(ALLOWED, "POST", "content-type");
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(response.headers.get("access-control-allow-methods")).toMatch(/POST/);
    expect(response.headers.get("access-control-allow-headers")).toMatch(/content-type/);
    expect(Number(response.headers.get("access-control-max-age"))).toBeGreaterThan(0);
    expect(response.headers.get("vary")).toMatch(/Origin/);
  });

  it("gives a disallowed origin's preflight no Access-Control-Allow-Origin, so its browser sends nothing", async () => {
    const response = await preflight(OTHER, "POST", "content-type");
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("lets an allowed origin read a plain GET without custom headers (no preflight needed), and exposes the validators, Retry-After, the rate limit's headers and the request id", async () => {
    const response = await fetch(`${api.url()}?query=${encodeURIComponent(QUERY)}`, { headers: { origin: ALLOWED } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    const exposed = (response.headers.get("access-control-expose-headers") ?? "").toLowerCase().split(/\s*,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(["etag", "last-modified", "retry-after", "ratelimit", "ratelimit-policy", "x-request-id"]));
    expect(((await response.json()) as { data: { entity: { id: string } } }).data.entity.id).toBe("forum:sro");
  });

  it("does not let another origin read a GET", async () => {
    const response = await fetch(`${api.url()}?query=${encodeURIComponent(QUERY)}`, { headers: { origin: OTHER } });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses a POST with a content type a form can send (CSRF), and serves a JSON POST", async () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded"]) {
      const response = await fetch(api.url(), { method: "POST", headers: { "content-type": contentType, origin: OTHER }, body: JSON.stringify({ query: QUERY }) });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("CSRF_BLOCKED");
    }
    const json = await api.post(QUERY);
    expect(json.status).toBe(200);
    expect(json.data).toEqual({ entity: { id: "forum:sro", name: expect.any(String) } });
  });
});

describe("CORS for a public deployment (*)", () => {
  const api = useTestApi({ corsOrigins: "*" });

  it("allows every origin", async () => {
    const response = await fetch(api.url(), { method: "OPTIONS", headers: { origin: OTHER, "access-control-request-method": "GET" } });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("CORS by default (no CORS_ORIGINS)", () => {
  const api = useTestApi();

  it("allows no other origin", async () => {
    const response = await fetch(api.url(), { method: "OPTIONS", headers: { origin: ALLOWED, "access-control-request-method": "GET" } });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});
