/** What a forum took positions on in a period, grouped by the type of position. */
import { z } from "zod";
import { PositionType as PositionTypes } from "../../model/vocabulary.js";
import { type Precision } from "../shared/dates.js";
import { requireEntity } from "../shared/errors.js";
import { defineQuestion } from "../shared/define.js";
import { asOfArg, idArg, isoDateArg, periodArgs } from "../shared/input.js";
import { ref, stepBetween, takenPosition, type EntityRef, type RawStep, type Source } from "../shared/refs.js";
import type { ForumPosition, ForumPositions, PositionType } from "../../generated/graphql.js";

export const forumPositionsArgs = z.object({
  id: idArg,
  from: isoDateArg.nullish().transform((v) => v ?? null),
  to: isoDateArg.nullish().transform((v) => v ?? null),
  asOf: asOfArg,
});
export type ForumPositionsArgs = z.infer<typeof forumPositionsArgs>;

interface RawForumPosition {
  position: EntityRef;
  positionType: PositionType;
  wording: string;
  date: string | null;
  precision: Precision | null;
  meeting: EntityRef | null;
  agendaItem: EntityRef | null;
  concerns: EntityRef[];
  inferred: boolean;
  sources: Source[];
  link: RawStep;
}

export function groupPositions(forum: EntityRef, raw: RawForumPosition[]): ForumPositions["groups"] {
  const seen = new Set<string>();
  const groups = new Map<string, ForumPosition[]>();
  for (const p of raw) {
    if (seen.has(p.position.id)) continue;
    seen.add(p.position.id);
    const list = groups.get(p.positionType) ?? [];
    list.push({
      ...takenPosition(p),
      precision: p.precision,
      concerns: p.concerns.map(ref).sort((a, b) => a.id.localeCompare(b.id)),
      link: stepBetween(p.link, p.position, forum),
      inferred: p.inferred,
      sources: p.sources,
    });
    groups.set(p.positionType, list);
  }
  return PositionTypes.options.filter((t) => groups.has(t)).map((t) => ({ positionType: t, count: groups.get(t)!.length, positions: groups.get(t)! }));
}

const FIELD = "forumPositions";

export const question = defineQuestion("forum-positions", FIELD, {
  args: forumPositionsArgs,
  check: (args) => periodArgs(FIELD, args),
  params: (args) => ({ id: args.id, from: args.from, to: args.to, asOf: args.asOf }),
  answer(row: { forum: EntityRef | null; positions: RawForumPosition[] }, args, entry): ForumPositions {
    const forum = requireEntity(FIELD, args.id, row.forum, entry.subject.types);
    const groups = groupPositions(forum, row.positions);
    return { forum, from: args.from, to: args.to, asOf: args.asOf, total: groups.reduce((n, g) => n + g.count, 0), groups };
  },
});
