/**
 * A search candidate as the gathering gives it (the statement query.cypher, or the in-memory
 * subject index, index/): the node's names and search text, a date, an amount and a forum to tell
 * hits apart, and the gathering's score.
 */
import type { RawFamily } from "../../time/document-facts.js";
import type { EntityRef } from "../shared/refs.js";

export interface SearchCandidate {
  entity: EntityRef;
  names: string[];
  searchText: string | null;
  /** The gathering's score (Lucene's, or the subject index's in its spirit): ranking breaks ties with it. */
  luceneScore: number;
  date: string | null;
  precision: string | null;
  amount: number | null;
  forum: EntityRef | null;
  text: string | null;
  /** A governing document's dated facts (null for other types). */
  facts?: RawFamily | null;
}

