import { describe, expect, it } from "vitest";
import { ConfigError, readEnv } from "../../src/config/env.js";

describe("configuration", () => {
  it("has working defaults: a local database on port 7687 and the API on 4000", () => {
    const env = readEnv({});
    expect(env.NEO4J_URI).toBeUndefined();
    expect(env.LOCAL_NEO4J_PORT).toBe(7687);
    expect(env.PORT).toBe(4000);
    expect(env.SEED_ON_START).toBe(true);
  });

  it("treats an empty variable as unset", () => {
    expect(readEnv({ NEO4J_URI: "" }).NEO4J_URI).toBeUndefined();
  });

  it("accepts the URI schemes of Aura, clusters and single servers", () => {
    for (const uri of ["bolt://localhost:7687", "neo4j://db.example:7687", "neo4j+s://abcd.databases.neo4j.io", "bolt+ssc://10.0.0.1:7687"]) {
      expect(readEnv({ NEO4J_URI: uri, NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: "secret" }).NEO4J_URI).toBe(uri);
    }
  });

  it("names the variable and the problem in one line", () => {
    expect(() => readEnv({ PORT: "eighty" })).toThrowError(/^configuration error: PORT="eighty": .+/);
    expect(() => readEnv({ NEO4J_URI: "http://localhost:7474" })).toThrowError(/NEO4J_URI="http:\/\/localhost:7474": must be a bolt:\/\/ or neo4j:\/\/ URI/);
  });

  it("takes the dataset's contact e-mail, and refuses one that is not an address", () => {
    expect(readEnv({ DATASET_CONTACT_EMAIL: "oppnadata@example.se" }).DATASET_CONTACT_EMAIL).toBe("oppnadata@example.se");
    expect(() => readEnv({ DATASET_CONTACT_EMAIL: "oppnadata" })).toThrowError(/DATASET_CONTACT_EMAIL="oppnadata": expected an e-mail address/);
  });

  it("never echoes a password", () => {
    try {
      readEnv({ NEO4J_URI: "bolt://x:7687", NEO4J_PASSWORD: "hunter2" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain("NEO4J_USERNAME");
      expect((error as Error).message).not.toContain("hunter2");
    }
  });

  it("reports every wrong variable, one line each", () => {
    try {
      readEnv({ PORT: "0.5", LOCAL_NEO4J_PAGE_CACHE_MB: "1" });
      expect.unreachable();
    } catch (error) {
      const lines = (error as Error).message.split("\n");
      expect(lines).toHaveLength(2);
      expect(lines.map((l) => l.split(":")[1]?.trim().split("=")[0]).sort()).toEqual(["LOCAL_NEO4J_PAGE_CACHE_MB", "PORT"]);
    }
  });
});

describe("website integration settings", () => {
  it("defaults to no CORS origins, any query, and a 60 s max-age", () => {
    const env = readEnv({});
    expect(env.CORS_ORIGINS).toEqual([]);
    expect(env.TRUSTED_DOCUMENTS).toBe("any");
    expect(env.HTTP_CACHE_MAX_AGE_S).toBe(60);
  });

  it("reads a comma-separated allow-list, or * for a public deployment", () => {
    expect(readEnv({ CORS_ORIGINS: "https://vardsamverkan.se, http://localhost:8080" }).CORS_ORIGINS).toEqual(["https://vardsamverkan.se", "http://localhost:8080"]);
    expect(readEnv({ CORS_ORIGINS: "*" }).CORS_ORIGINS).toBe("*");
  });

  it("names a malformed origin or mode", () => {
    expect(() => readEnv({ CORS_ORIGINS: "https://vardsamverkan.se/page" })).toThrowError(/^configuration error: CORS_ORIGINS=.*: expected '\*' or comma-separated origins/);
    expect(() => readEnv({ CORS_ORIGINS: "vardsamverkan.se" })).toThrowError(/CORS_ORIGINS/);
    expect(() => readEnv({ TRUSTED_DOCUMENTS: "some" })).toThrowError(/^configuration error: TRUSTED_DOCUMENTS="some"/);
  });

  it("reads TRUST_PROXY as Express's trust proxy: off, a number of hops, or addresses and ranges", () => {
    expect(readEnv({}).TRUST_PROXY).toBe(false);
    expect(readEnv({ TRUST_PROXY: "0" }).TRUST_PROXY).toBe(false);
    expect(readEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(readEnv({ TRUST_PROXY: "loopback, 10.0.0.0/8,fd00::/8, 203.0.113.7" }).TRUST_PROXY).toEqual(["loopback", "10.0.0.0/8", "fd00::/8", "203.0.113.7"]);
  });

  it("refuses a TRUST_PROXY that trusts everyone or names no address", () => {
    expect(() => readEnv({ TRUST_PROXY: "true" })).toThrowError(/TRUST_PROXY="true": 'true' would trust every address/);
    expect(() => readEnv({ TRUST_PROXY: "10.0.0.0/33" })).toThrowError(/TRUST_PROXY="10.0.0.0\/33": not an address, range or name .*: 10.0.0.0\/33/);
    expect(() => readEnv({ TRUST_PROXY: "proxy.example" })).toThrowError(/not an address, range or name/);
  });

  it("has a fair queue that fits a browser's page load by default", () => {
    const env = readEnv({});
    expect(env.MAX_CONCURRENT_PER_CLIENT).toBe(8);
    expect(env.MAX_QUEUED_PER_CLIENT).toBe(32);
  });
});
