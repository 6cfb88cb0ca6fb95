/**
 * An agreement's versions: the lineage of any version (REPLACES and REVISES, either way), each
 * version with its period, its relations to earlier versions, its state on the date and its
 * sources; and the version in force on the date (lineage.ts). `versionInForce` asks the same
 * question and answers its `inForce` part.
 */
import { z } from "zod";
import { defineQuestion } from "../shared/define.js";
import { requireEntity } from "../shared/errors.js";
import { asOfArg, idArg, intArg, parseArgs } from "../shared/input.js";
import { apiDate, documentFamilies, stateAnswer, stateOfRaw, stateSummary } from "../shared/document-states.js";
import { questionCypher } from "../shared/cypher.js";
import { ref, type EntityRef, type RawStep, type Source } from "../shared/refs.js";
import { databaseOf, runAnalysis } from "../shared/run.js";
import { QUESTION_LIMITS } from "../../config/limits.js";
import { documentFacts, type RawFamily } from "../../time/document-facts.js";
import type { DocumentStateOn as DerivedState } from "../../time/document-state.js";
import { firstFactDate, lastFactDate } from "../../time/state-facts.js";
import { orderVersions, versionInForce, versionRelation, versionSpans } from "./lineage.js";
import { lastDay } from "../../time/calendar.js";
import type { AgreementLineage, AgreementVersion, VersionInForce } from "../../generated/graphql.js";

const FIELD = "agreementLineage";
const { limit } = QUESTION_LIMITS.agreementLineage;

const args = z.object({ id: idArg, asOf: asOfArg, limit: intArg(1, limit.max, limit.default) });

interface RawVersion {
  document: EntityRef;
  version: string | null;
  validityText: string | null;
  renewalTerms: string | null;
  noticeTerms: string | null;
  sources: Source[];
}

interface Row {
  subject: EntityRef | null;
  versions: RawVersion[];
  links: RawStep[];
}

/**
 * The versions' dated facts, read before the statement runs (by the shared document-states statement,
 * which the server plans at start-up) and kept for its answer, by the arguments' object.
 */
const factsOfCall = new WeakMap<object, { read: number; families: Map<string, RawFamily> }>();

export const question = defineQuestion("agreement-versions", FIELD, {
  args,
  params: (a) => ({ id: a.id, ids: [a.id] }),
  async prepare(db, a) {
    const { ids } = await runAnalysis<{ ids: string[] }>(db, "agreement-versions", questionCypher("agreement-versions", {}, "members.cypher"), { id: a.id, limit: a.limit });
    const kept = ids.slice(0, a.limit);
    factsOfCall.set(a, { read: ids.length, families: await documentFamilies(db, kept, true) });
    return { ids: kept };
  },
  answer(row: Row, a): AgreementLineage {
    const subject = requireEntity(FIELD, a.id, row.subject, ["GoverningDocument"]);
    const { read: count, families } = factsOfCall.get(a) ?? { read: 0, families: new Map<string, RawFamily>() };
    const read = row.versions.flatMap((v) => {
      const family = families.get(v.document.id);
      if (!family) return [];
      const facts = documentFacts(family);
      return [{ ...v, id: v.document.id, name: v.document.name, facts, firstFact: firstFactDate(facts), lastFact: lastFactDate(facts), state: stateOfRaw(family, a.asOf) }];
    });
    const ordered = orderVersions(read, row.links);
    // Every version's time line runs to the same day: the asked date or the lineage's last fact, whichever is later.
    const until = [a.asOf, ...read.map((v) => (v.lastFact ? lastDay(v.lastFact) : ""))].sort().at(-1)!;
    const stateOf = new Map(ordered.map((v) => [v.id, v.state]));
    const byId = new Map(ordered.map((v) => [v.id, v]));
    const versions: AgreementVersion[] = ordered.map((v) => ({
      document: ref(v.document),
      version: v.version,
      period: {
        validFrom: apiDate(v.facts.validFrom),
        validTo: apiDate(v.facts.validTo),
        statusFirstStated: apiDate(v.facts.statusFirstStated),
        statusLastStated: apiDate(v.facts.statusLastStated),
        extendedUntil: apiDate(v.facts.extendedUntil),
        firstFact: apiDate(v.firstFact),
        lastFact: apiDate(v.lastFact),
        validityText: v.validityText,
        renewalTerms: v.renewalTerms,
        noticeTerms: v.noticeTerms,
      },
      relations: row.links
        .filter((l) => l.from === v.id && byId.has(l.to))
        .map((l) => ({ relation: versionRelation(l.relation, stateOf.get(v.id)!), storedAs: l.relation, earlier: ref(byId.get(l.to)!.document), inferred: l.inferred, because: l.because, sources: l.sources })),
      spans: versionSpans(v.facts, until),
      state: stateAnswer(v.state),
      sources: v.sources,
    }));
    return { subject: ref(subject), asOf: a.asOf, versions, inForce: inForceAnswer(ordered, a.asOf), truncated: count > a.limit };
  },
});

function inForceAnswer(ordered: readonly { id: string; name: string; document: EntityRef; state: DerivedState }[], asOf: string): VersionInForce {
  const choice = versionInForce(ordered, asOf);
  const chosen = choice.version ? ordered.find((v) => v.id === choice.version!.id)! : null;
  return {
    asOf,
    version: chosen ? ref(chosen.document) : null,
    state: chosen ? stateSummary(chosen.state) : null,
    reason: choice.reason,
    versions: ordered.map((v) => ({ document: ref(v.document), state: stateSummary(v.state) })),
  };
}

const inForceArgs = z.object({ lineage: idArg, asOf: asOfArg });

/** `versionInForce(lineage, asOf)`: the lineage question's `inForce`, for any version's id. */
export async function resolveVersionInForce(_root: unknown, raw: unknown, context: unknown): Promise<VersionInForce> {
  const a = parseArgs("versionInForce", inForceArgs, raw);
  try {
    return (await question.run(databaseOf(context), { id: a.lineage, asOf: a.asOf, limit: limit.default })).inForce;
  } catch (e) {
    // The lineage question names its own field and argument; this one's is `lineage`.
    if (e instanceof Error) e.message = e.message.replace(`${FIELD}:`, "versionInForce:").replace("no entity with id", "lineage: no entity with id");
    throw e;
  }
}
