/**
 * Two versions of an agreement side by side (compare.ts): each side's parties, signing rule, terms,
 * parts, annexes and the documents whose term follows it, and what the documents say changed: the
 * REPLACES, REVISES and TERM_FOLLOWS relations between the two, with their quotes.
 */
import { z } from "zod";
import { defineQuestion } from "../shared/define.js";
import { badInput, requireEntity } from "../shared/errors.js";
import { idArg } from "../shared/input.js";
import { RefIndex, type EntityRef, type RawStep } from "../shared/refs.js";
import { diffSide, fieldDifferences, type RawSide } from "./compare.js";
import type { AgreementDiff } from "../../generated/graphql.js";

const FIELD = "agreementDiff";

const args = z.object({ from: idArg, to: idArg });

interface Row {
  sides: RawSide[];
  changes: RawStep[];
  onPath: EntityRef[];
  counterparts: { step: RawStep; ends: EntityRef[] }[];
}

export const question = defineQuestion("agreement-diff", FIELD, {
  args,
  check(a) {
    if (a.from === a.to) throw badInput(FIELD, [{ argument: "to", message: `must name another version than from (${a.from})` }]);
  },
  params: (a) => ({ from: a.from, to: a.to }),
  answer(row: Row, a): AgreementDiff {
    const sideOf = (id: string) => row.sides.find((s) => s.document.id === id);
    const from = sideOf(a.from);
    const to = sideOf(a.to);
    requireEntity(FIELD, a.from, from?.document, ["GoverningDocument"]);
    requireEntity(FIELD, a.to, to?.document, ["GoverningDocument"]);
    const index = new RefIndex([...row.onPath, ...row.counterparts.flatMap((c) => c.ends)]);
    const counterparts = row.counterparts.map((c) => index.step(c.step));
    const fromSide = diffSide(from!, counterparts);
    const toSide = diffSide(to!, counterparts);
    return {
      from: fromSide,
      to: toSide,
      sameLineage: row.changes.length > 0,
      changes: row.changes.map((s) => index.step(s)),
      differences: fieldDifferences(fromSide, toSide),
    };
  },
});
