/** Where the ask CLI's server address comes from, and where that server's /health is. */
import { describe, expect, it } from "vitest";
import { healthUrlOf, serverAddress } from "../../../src/cli/ask/server.js";
import { DEFAULT_URL } from "../../../src/cli/ask/options.js";

describe("the CLI's server address", () => {
  it("takes --url first, then $ASK_URL, then the default, and says which", () => {
    expect(serverAddress("http://a/graphql", "http://b/graphql")).toEqual({ url: "http://a/graphql", from: "--url" });
    expect(serverAddress(null, "http://b/graphql")).toEqual({ url: "http://b/graphql", from: "$ASK_URL" });
    expect(serverAddress(null, undefined)).toEqual({ url: DEFAULT_URL, from: "standardadressen" });
    expect(serverAddress(null, "")).toEqual({ url: DEFAULT_URL, from: "standardadressen" });
  });

  it("finds /health beside /graphql, also under a path and without one", () => {
    expect(healthUrlOf("http://localhost:4000/graphql")).toBe("http://localhost:4000/health");
    expect(healthUrlOf("http://localhost:4000/graphql/")).toBe("http://localhost:4000/health");
    expect(healthUrlOf("https://example.org/api/graphql?x=1")).toBe("https://example.org/api/health");
    expect(healthUrlOf("http://127.0.0.1:4000")).toBe("http://127.0.0.1:4000/health");
    expect(() => healthUrlOf("inte en adress")).toThrow();
  });
});
