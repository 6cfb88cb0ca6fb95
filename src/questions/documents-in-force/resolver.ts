/**
 * The documents in force on a date: every governing document of the asked kinds, its state on the
 * date derived from its dated facts (src/time/document-state.ts); in force are IN_FORCE,
 * IN_FORCE_BY_RENEWAL and EXTENDED. The others are listed with their state, so the answer says why.
 */
import { z } from "zod";
import { defineQuestion } from "../shared/define.js";
import { asOfArg, intArg } from "../shared/input.js";
import { stateOfRaw, stateSummary } from "../shared/document-states.js";
import { ref, type EntityRef } from "../shared/refs.js";
import { QUESTION_LIMITS } from "../../config/limits.js";
import { GoverningDocumentKind } from "../../model/vocabulary.js";
import { IN_FORCE_STATES } from "../../time/document-state.js";
import type { RawFamily } from "../../time/document-facts.js";
import type { DocumentOnDate, DocumentsInForce } from "../../generated/graphql.js";

const FIELD = "documentsInForce";
const { limit } = QUESTION_LIMITS.documentsInForce;

/** The kinds that bind parties or steer the collaboration: what "an agreement in force" means by default. */
export const BINDING_KINDS = ["HEALTHCARE_AGREEMENT", "OVERENSKOMMELSE", "RAMAVTAL", "SAMVERKANSAVTAL", "RIKTLINJE", "LMR", "FARDPLAN", "UTVECKLINGSPLAN", "HANDLINGSPLAN", "INRIKTNINGSDOKUMENT"] as const;

const args = z.object({
  asOf: asOfArg,
  kinds: z.array(GoverningDocumentKind).min(1, "give at least one kind, or leave the argument out").nullish(),
  limit: intArg(1, limit.max, limit.default),
});

const KIND_ORDER: readonly string[] = GoverningDocumentKind.options;
const order = (a: DocumentOnDate, b: DocumentOnDate) => KIND_ORDER.indexOf(a.document.kind ?? "") - KIND_ORDER.indexOf(b.document.kind ?? "") || a.document.name.localeCompare(b.document.name, "sv") || a.document.id.localeCompare(b.document.id);

export const question = defineQuestion("documents-in-force", FIELD, {
  args,
  params: (a) => ({ kinds: a.kinds ?? [...BINDING_KINDS], limit: a.limit }),
  answer(row: { documents: { document: EntityRef; facts: RawFamily }[] }, a): DocumentsInForce {
    const asOf = a.asOf;
    const read = row.documents.slice(0, a.limit).map((d) => {
      const state = stateOfRaw(d.facts, asOf);
      return { document: ref(d.document), state: stateSummary(state), inForce: IN_FORCE_STATES.includes(state.state) };
    });
    const strip = ({ document, state }: (typeof read)[number]): DocumentOnDate => ({ document, state });
    return {
      asOf,
      kinds: a.kinds ?? [...BINDING_KINDS],
      documents: read.filter((d) => d.inForce).map(strip).sort(order),
      notInForce: read.filter((d) => !d.inForce).map(strip).sort(order),
      truncated: row.documents.length > a.limit,
    };
  },
});
