/**
 * `npm start` as its own process on a given database (NEO4J_URI), for tests that must see the
 * app from outside: its crashes, its memory (RSS of the Node process, read from /proc), its logs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { projectRoot } from "../../src/config/paths.js";
import { servedGraphqlUrl } from "./start-line.js";

export interface AppProcess {
  child: ChildProcess;
  graphqlUrl: string;
  baseUrl: string;
  pid: number;
  output(): string;
  /** Resident memory of the Node process in MB, or undefined once it is gone. */
  rssMb(): number | undefined;
  alive(): boolean;
  stop(): Promise<void>;
}

export function startAppProcess(env: Record<string, string>, timeoutMs = 180_000): Promise<AppProcess> {
  const child = spawn("npm", ["start"], {
    cwd: projectRoot,
    env: { ...process.env, PORT: "0", SEED_ON_START: "false", ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
      const url = servedGraphqlUrl(output);
      const pid = /\(pid (\d+)\)/.exec(output)?.[1];
      if (url && pid) {
        clearTimeout(timer);
        child.stdout!.off("data", onData);
        child.stderr!.off("data", onData);
        const keep = (c: Buffer) => {
          output += c.toString();
          if (output.length > 2_000_000) output = output.slice(-1_000_000);
        };
        child.stdout!.on("data", keep);
        child.stderr!.on("data", keep);
        const alive = () => child.exitCode === null && child.signalCode === null;
        resolve({
          child,
          graphqlUrl: url,
          baseUrl: url.replace(/\/graphql$/, ""),
          pid: Number(pid),
          output: () => output,
          alive,
          rssMb() {
            try {
              const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
              return kb ? Number(kb) / 1024 : undefined;
            } catch {
              return undefined;
            }
          },
          async stop() {
            if (!alive()) return;
            process.kill(-child.pid!, "SIGINT");
            const killer = setTimeout(() => alive() && process.kill(-child.pid!, "SIGKILL"), 10_000);
            await exited;
            clearTimeout(killer);
          },
        });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}
