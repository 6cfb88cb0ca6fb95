/**
 * The subject index of the graph's current version, per database: built lazily on the first
 * search, once however many searches ask at the same time, and again when the graph's version
 * changes (an import, a write), the old one then dropped. The version is the one every reader of
 * the graph uses (src/changes/graph-version.ts), read at most once per graphVersionTtlMs, as the
 * HTTP answers are. An index answers for a version only when it was loaded after that version
 * was read (or at it), so it is never older than the version read. No index (null: the caller
 * gathers with Lucene) for a graph that keeps no version or whose full-text index covers more
 * nodes than SEARCH_INDEX_LIMITS.maxNodes, nor for a while after a build failed.
 */
import type { Driver } from "neo4j-driver";
import { cachedGraphVersion } from "../../../changes/graph-version.js";
import { CACHE_LIMITS, SEARCH_INDEX_LIMITS } from "../../../config/limits.js";
import { isDatabaseUnavailable } from "../../../database/unavailable.js";
import type { AnalysisDatabase } from "../../shared/run.js";
import { loadSearchableNodes, type LoadedNodes } from "./load.js";
import { SubjectIndex } from "./subject-index.js";

/** Where an index comes from: the graph's version now, and its searchable nodes (read with their version). */
export interface SubjectIndexSource {
  version(): Promise<string | null>;
  load(): Promise<LoadedNodes>;
}

export interface CurrentSubjectIndex {
  /** The index for the graph's version now, or null when the search gathers with Lucene. */
  get(): Promise<SubjectIndex | null>;
}

interface Built {
  index: SubjectIndex | null;
  /** The versions it answers for: those read before it was loaded, and the one it was loaded at. */
  versions: Set<string>;
  /** Which build it is: a build started later replaces it, one started earlier does not. */
  order: number;
}

export function currentSubjectIndex(source: SubjectIndexSource, retryAfterMs = SEARCH_INDEX_LIMITS.retryFailedBuildAfterMs, now = Date.now): CurrentSubjectIndex {
  let current: Built | undefined;
  let building: { version: string; done: Promise<Built> } | undefined;
  let started = 0;
  const build = (version: string): Promise<Built> => {
    const order = ++started;
    const done = source.load().then(
      (loaded) => {
        const built: Built = { index: loaded.nodes ? new SubjectIndex(loaded.nodes) : null, versions: new Set([version]), order };
        if (loaded.version !== null) built.versions.add(loaded.version);
        if (!current || current.order < order) current = built;
        if (building?.done === done) building = undefined;
        return built;
      },
      (error: unknown) => {
        if (building?.done === done) building = undefined;
        throw error;
      },
    );
    building = { version, done };
    return done;
  };
  // A build that fails otherwise (its statement's time or memory on a large graph) leaves the search
  // to Lucene for a while rather than failing every search that tries again.
  let failed: { version: string; at: number } | undefined;
  return {
    async get() {
      const version = await source.version();
      if (version === null) return null;
      if (current?.versions.has(version)) return current.index;
      if (failed?.version === version && now() - failed.at < retryAfterMs) return null;
      const pending = building?.version === version ? building.done : build(version);
      try {
        return (await pending).index;
      } catch (error) {
        // A database out of reach fails the search as it fails every statement (503), and the index is built when it is back.
        if (isDatabaseUnavailable(error)) throw error;
        failed = { version, at: now() };
        return null;
      }
    },
  };
}

/** One current index per driver and database. */
const byDriver = new WeakMap<Driver, Map<string, CurrentSubjectIndex>>();

/** The subject index for the database's current graph version, or null when the search gathers with Lucene. */
export function subjectIndexOf(db: AnalysisDatabase): Promise<SubjectIndex | null> {
  let byDatabase = byDriver.get(db.driver);
  if (!byDatabase) byDriver.set(db.driver, (byDatabase = new Map()));
  let holder = byDatabase.get(db.database);
  if (!holder) {
    const versions = cachedGraphVersion(db.driver, db.database, CACHE_LIMITS.graphVersionTtlMs);
    const target = { driver: db.driver, database: db.database };
    holder = currentSubjectIndex({ version: async () => (await versions.current())?.version ?? null, load: () => loadSearchableNodes(target, SEARCH_INDEX_LIMITS.maxNodes) });
    byDatabase.set(db.database, holder);
  }
  return holder.get();
}
