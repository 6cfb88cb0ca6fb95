/**
 * `npm run ask` as a process against a test API: tsx without a shell or npm's banner, never in a
 * terminal (so it never prompts), with the test server's URL.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../src/config/paths.js";

export interface AskRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runAsk(url: string, ...args: string[]): Promise<AskRun> {
  return runAskWith({ args: [...args, "--url", url] });
}

/** `npm run ask` with the given arguments and environment (e.g. $ASK_URL instead of --url). */
export function runAskWith({ args, env = {} }: { args: string[]; env?: Record<string, string> }): Promise<AskRun> {
  const tsx = join(projectRoot, "node_modules", ".bin", "tsx");
  return new Promise((resolve) => {
    execFile(tsx, [join(projectRoot, "src", "cli", "ask", "main.ts"), ...args], { cwd: projectRoot, timeout: 60_000, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
