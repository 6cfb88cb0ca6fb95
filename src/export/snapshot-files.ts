/**
 * One file per graph version and export file: written once from the database (to a temporary
 * name, then renamed, so a reader never sees half a file), then streamed from disk to every
 * request for the same version, without reading the database again. Writers of the same file
 * are one: requests that arrive while it is being written wait for it. Only the newest
 * version's files are kept. The graph's version changes exactly when a fact changes
 * (src/changes/tracking.ts), so a file of the current version is the current graph.
 */
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Writable } from "node:stream";
import type { GraphSnapshot } from "./read-graph.js";

export interface SnapshotFile {
  path: string;
  version: string | null;
  modifiedAt: string | null;
  /** A graph without a version has no file to keep: the reader deletes it when done. */
  temporary: boolean;
}

/** A version as a file name part: versions are `g<serial>-<epoch ms>`; anything else is kept to safe characters. */
function safe(part: string): string {
  return part.replace(/[^A-Za-z0-9._-]/g, "_");
}

export interface SnapshotFiles {
  /** The file of this version, when it has been written. */
  existing(version: string, modifiedAt: string | null, name: string): SnapshotFile | undefined;
  /**
   * The file of the graph's current version: written from a snapshot of the database unless a
   * file of that version exists; concurrent calls for the same name share one writer. With
   * `keep` false the file is written for this caller alone and is temporary.
   */
  produce(name: string, open: () => Promise<GraphSnapshot>, write: (snapshot: GraphSnapshot, out: Writable) => Promise<unknown>, keep?: boolean): Promise<SnapshotFile>;
}

export function snapshotFiles(dir: string): SnapshotFiles {
  const writing = new Map<string, Promise<SnapshotFile>>();
  const pathOf = (version: string, name: string) => join(dir, `${safe(version)}--${safe(name)}`);

  /** Files of older versions go once a newer one is written (a reader that has one open keeps reading it). */
  const dropOtherVersions = (version: string) => {
    for (const file of readdirSync(dir)) {
      if (!file.startsWith(`${safe(version)}--`) && !file.startsWith(".")) rmSync(join(dir, file), { force: true });
    }
  };

  const writeFile = async (name: string, open: () => Promise<GraphSnapshot>, write: (snapshot: GraphSnapshot, out: Writable) => Promise<unknown>, keep: boolean): Promise<SnapshotFile> => {
    const snapshot = await open();
    try {
      // A graph that was never seeded has no version: its export is not kept.
      const version = keep ? snapshot.version : null;
      if (version && existsSync(pathOf(version, name))) return { path: pathOf(version, name), version, modifiedAt: snapshot.modifiedAt, temporary: false };
      mkdirSync(dir, { recursive: true });
      const temporary = join(dir, `.${randomUUID()}.partial`);
      const out = createWriteStream(temporary);
      try {
        await write(snapshot, out);
        out.end();
        await once(out, "close");
      } catch (error) {
        out.destroy();
        rmSync(temporary, { force: true });
        throw error;
      }
      const path = version ? pathOf(version, name) : join(dir, `.unversioned-${randomUUID()}--${safe(name)}`);
      renameSync(temporary, path);
      if (version) dropOtherVersions(version);
      return { path, version: snapshot.version, modifiedAt: snapshot.modifiedAt, temporary: !version };
    } finally {
      await snapshot.close().catch(() => undefined);
    }
  };

  return {
    existing(version, modifiedAt, name) {
      const path = pathOf(version, name);
      return existsSync(path) ? { path, version, modifiedAt, temporary: false } : undefined;
    },
    produce(name, open, write, keep = true) {
      if (!keep) return writeFile(name, open, write, false);
      let running = writing.get(name);
      if (!running) {
        running = writeFile(name, open, write, true).finally(() => writing.delete(name));
        writing.set(name, running);
      }
      return running;
    },
  };
}
