/**
 * The answers of cacheable reads, in memory, for the graph's current version only: an entry is
 * the response's bytes and headers, keyed by what can change the answer (see request-keys.ts).
 * Bounded in bytes (least recently used go first); emptied when the graph's version changes, so
 * no answer outlives the graph it was read from. Dated answers (answer-date.ts) also expire with
 * their day.
 *
 * It also remembers, per ETag, the graph time at which this process first produced that content:
 * an answer that an unrelated change left as it was keeps its ETag and its Last-Modified. And,
 * per read of the current version, the validators it was last answered with (even when its
 * answer was not kept or has gone): while the database is down the graph cannot have changed,
 * so a client holding that ETag is still current.
 */
import { LRUCache } from "lru-cache";

export interface StoredAnswer {
  body: Buffer;
  contentType: string;
  cacheControl: string;
  etag: string;
  lastModified?: Date;
  /** Set when the answer holds only for this calendar date. */
  date?: string;
}

/** The validators a read was answered with: enough for a 304 without its answer. */
export type IssuedValidators = Pick<StoredAnswer, "etag" | "cacheControl" | "lastModified" | "date">;

export interface AnswerStoreOptions {
  maxBytes: number;
  /** How many ETags' first Last-Modified are remembered. */
  rememberedEtags: number;
}

export class AnswerStore {
  private version: string | undefined;
  private readonly answers: LRUCache<string, StoredAnswer> | undefined;
  private readonly firstSeen: LRUCache<string, Date>;
  private readonly issuedTags: LRUCache<string, IssuedValidators>;
  /** Reads being computed now, by key: a second identical request waits for the first. */
  private readonly pending = new Map<string, Promise<StoredAnswer | undefined>>();

  constructor(options: AnswerStoreOptions) {
    this.answers =
      options.maxBytes > 0
        ? new LRUCache<string, StoredAnswer>({ maxSize: options.maxBytes, sizeCalculation: (a, key) => a.body.length + key.length * 2 + 256 })
        : undefined;
    this.firstSeen = new LRUCache<string, Date>({ max: Math.max(1, options.rememberedEtags) });
    this.issuedTags = new LRUCache<string, IssuedValidators>({ max: Math.max(1, options.rememberedEtags) });
  }

  get enabled(): boolean {
    return this.answers !== undefined;
  }

  /** Moves the store to `version`; a new version empties it. */
  private at(version: string): void {
    if (this.version === version) return;
    this.version = version;
    this.answers?.clear();
    this.issuedTags.clear();
    this.pending.clear();
  }

  get(version: string, key: string, today: string): StoredAnswer | undefined {
    this.at(version);
    const answer = this.answers?.get(key);
    if (answer?.date !== undefined && answer.date !== today) {
      this.answers!.delete(key);
      return undefined;
    }
    return answer;
  }

  set(version: string, key: string, answer: StoredAnswer): void {
    this.at(version);
    this.answers?.set(key, answer);
  }

  /** Notes the validators `key` was answered with at `version`. */
  issue(version: string, key: string, validators: IssuedValidators): void {
    this.at(version);
    const { etag, cacheControl, lastModified, date } = validators;
    this.issuedTags.set(key, { etag, cacheControl, ...(lastModified ? { lastModified } : {}), ...(date !== undefined ? { date } : {}) });
  }

  /** The validators `key` was last answered with at `version` (today's, for a dated answer). */
  issued(version: string, key: string, today: string): IssuedValidators | undefined {
    this.at(version);
    const validators = this.issuedTags.get(key);
    return validators && (validators.date === undefined || validators.date === today) ? validators : undefined;
  }

  /** The Last-Modified for content with this ETag: when it was first produced, else `now`. */
  lastModifiedFor(etag: string, now: Date | undefined): Date | undefined {
    const seen = this.firstSeen.get(etag);
    if (seen) return seen;
    if (now) this.firstSeen.set(etag, now);
    return now;
  }

  pendingFor(version: string, key: string): Promise<StoredAnswer | undefined> | undefined {
    this.at(version);
    return this.pending.get(key);
  }

  /** Registers the read of `key` in progress; `settle` ends it with its answer (or none). */
  begin(version: string, key: string): (answer: StoredAnswer | undefined) => void {
    this.at(version);
    let settle!: (answer: StoredAnswer | undefined) => void;
    const promise = new Promise<StoredAnswer | undefined>((resolve) => (settle = resolve));
    this.pending.set(key, promise);
    return (answer) => {
      if (this.pending.get(key) === promise) this.pending.delete(key);
      settle(answer);
    };
  }

  /** Bytes held (for the benchmark and the tests). */
  get bytes(): number {
    return this.answers?.calculatedSize ?? 0;
  }
}
