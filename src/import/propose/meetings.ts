/**
 * Meetings: the document's own meeting with its agenda, attendance and positions; meetings it
 * only mentions; and a forum's scheduled meetings. A meeting the graph has only to the month
 * ("meeting:sro-2022-02") is the same meeting when the document gives its day: it keeps the
 * graph's id and *refines* its date, and its items are matched item by item by title.
 */
import type { EntityNode } from "../../seed/seed-graph.js";
import type { FoundItem, ParsedDocument } from "../parse/parsed-document.js";
import { nameKey, slugOf } from "../resolve/graph-index.js";
import { resolveForum } from "../resolve/resolve-names.js";
import { proposePerson } from "./people.js";
import { graphFields, type ProposalBuilder } from "./proposal-builder.js";

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * A new forum's id slug; "hälso- och sjukvårdsavtal" is shortened to "hos-avtal" as the ids in
 * seeds/README.md do (`doc:hos-avtal`), so an importer-made id matches a curator's.
 */
export function forumSlugOf(name: string): string {
  return slugOf(name.replace(/hälso- och sjukvårdsavtal(et)?/gi, "hos-avtal"));
}

/** The forum by name: known, or a new forum (kind OTHER) cited where the page names it. */
export function forumId(b: ProposalBuilder, name: string, quotes: (string | undefined)[], because?: string): string | undefined {
  const found = resolveForum(b.index, name);
  if (found) return b.known(found.id, quotes)?.id;
  const id = `forum:${forumSlugOf(name)}`;
  const kind = /styrgrupp/i.test(name) ? "STEERING_GROUP" : /arbetsgrupp/i.test(name) ? "WORKING_GROUP" : /beredningsgrupp/i.test(name) ? "PREPARATORY_GROUP" : "OTHER";
  return b.entity({ id, type: "Forum", fields: { name, kind }, quotes: [...quotes, ...(b.text.includes(name) ? [name] : [])], ...(because ? { inferred: true, because } : {}) })?.id;
}

/** A graph meeting of the forum in that month that has no day: the one a day-precise document refines. */
function monthMeeting(b: ProposalBuilder, forum: string, month: string): EntityNode | undefined {
  const meetings = b.index.graph.relations.filter((r) => r.type === "OF_FORUM" && r.to === forum).map((r) => b.index.byId.get(r.from)).filter((m): m is EntityNode => !!m && m.properties.month === month);
  if (meetings.some((m) => m.properties.date)) return undefined;
  return meetings.length === 1 ? meetings[0] : undefined;
}

/** The graph's items of a meeting, by title key. */
function graphItems(b: ProposalBuilder, meetingId: string): Map<string, EntityNode> {
  const out = new Map<string, EntityNode>();
  for (const r of b.index.graph.relations) if (r.type === "HAS_ITEM" && r.from === meetingId) {
    const item = b.index.byId.get(r.to);
    if (item) out.set(nameKey(String(item.properties.name)), item);
  }
  return out;
}

export function proposeOwnMeeting(b: ProposalBuilder, parsed: ParsedDocument): { forumId?: string; meetingSlug?: string } {
  const own = ownMeeting(b, parsed);
  // People on attendance lists are facts even when the meeting itself cannot be proposed.
  for (const p of [...parsed.invited, ...parsed.absent, ...parsed.present]) if (!own.meetingSlug) proposePerson(b, p);
  return own;
}

function ownMeeting(b: ProposalBuilder, parsed: ParsedDocument): { forumId?: string; meetingSlug?: string } {
  const m = parsed.meeting;
  if (!m?.forum) {
    if (m && parsed.items.length) b.warnings.push("mötet saknar forum: dagordningen föreslås inte");
    return {};
  }
  const forum = forumId(b, m.forum, [m.forumPassage?.quote]);
  if (!forum || !m.date) {
    if (parsed.items.length) b.warnings.push("mötet saknar forum eller datum: dagordningen föreslås inte");
    return { forumId: forum };
  }
  const refined = b.index.byId.has(`meeting:${forum.replace(/^forum:/, "")}-${m.date}`) ? undefined : monthMeeting(b, forum, m.month!);
  const meetingId = refined?.id ?? `meeting:${forum.replace(/^forum:/, "")}-${m.date}`;
  const meetingSlug = meetingId.replace(/^meeting:/, "");
  const shortName = b.index.byId.get(forum)?.properties.shortName ?? b.entities.get(forum)?.fields.name ?? m.forum;
  const fields: Record<string, unknown> = { name: `${shortName} ${m.date}`, kind: "REGULAR", status: "HELD", month: m.month, date: m.date };
  if (m.startTime) Object.assign(fields, { startTime: m.startTime, endTime: m.endTime });
  if (m.location) Object.assign(fields, { location: m.location, format: m.digital ? "DIGITAL" : "IN_PERSON" });
  const meeting = b.entity({
    id: meetingId,
    type: "Meeting",
    fields,
    quotes: [...m.datePassages.map((p) => p.quote), m.timePassage?.quote, m.locationPassage?.quote],
    ...(refined ? { status: "refines" as const, refines: [{ field: "date", graph: `${refined.properties.month} (månad)`, document: m.date }] } : {}),
    ...(m.yearFromContext && m.because ? { inferred: true, because: m.because } : {}),
  });
  if (!meeting) return { forumId: forum };
  b.relation("OF_FORUM", meetingId, forum, [m.forumPassage?.quote, ...m.datePassages.map((p) => p.quote)]);
  const existingItems = refined ? graphItems(b, refined.id) : new Map<string, EntityNode>();
  for (const item of parsed.items) proposeItem(b, parsed, item, meetingId, meetingSlug, forum, existingItems);
  for (const [list, type] of [[parsed.invited, "INVITED_TO"], [parsed.absent, "ABSENT_FROM"]] as const) {
    for (const p of list) {
      const pe = proposePerson(b, p);
      if (pe) b.relation(type, pe.id, meetingId, [p.passage.quote]);
    }
  }
  for (const p of parsed.present) proposePerson(b, p);
  return { forumId: forum, meetingSlug };
}

function proposeItem(b: ProposalBuilder, parsed: ParsedDocument, item: FoundItem, meetingId: string, meetingSlug: string, forum: string, existing: Map<string, EntityNode>) {
  const suffix = `${pad2(item.order)}${item.label?.replace(/^\d+/, "") ?? ""}`;
  const match = existing.get(nameKey(item.name));
  let itemId = match?.id ?? `item:${meetingSlug}-${suffix}`;
  if (!match && existing.size && b.index.byId.has(itemId)) itemId = `${itemId}-${slugOf(item.name).slice(0, 20)}`;
  const f: Record<string, unknown> = { name: match ? match.properties.name : item.name, kind: match ? match.properties.kind : item.kind, order: match ? match.properties.order : item.order };
  if (item.label && !match) f.label = item.label;
  if (item.startTime) Object.assign(f, { startTime: item.startTime, endTime: item.endTime });
  if (item.minutesAllotted) f.minutesAllotted = item.minutesAllotted;
  const e = b.entity({ id: itemId, type: "AgendaItem", fields: f, quotes: item.passages.map((p) => p.quote), ...(item.incomplete ? { incomplete: true } : {}) });
  if (!e) return;
  if (match && item.kind !== match.properties.kind && !e.conflicts && (item.presenters.length || item.positions.length)) e.notes = [...(e.notes ?? []), `dokumentets typ av punkt: ${item.kind} (grafen: ${match.properties.kind})`];
  b.relation("HAS_ITEM", meetingId, itemId, [item.passages[0]?.quote]);
  for (const p of item.presenters) {
    const pe = proposePerson(b, p);
    if (pe) b.relation("PRESENTED_BY", itemId, pe.id, [p.passage.quote]);
  }
  const graphPositions = match ? b.index.graph.relations.filter((r) => r.type === "RESULTED_IN" && r.from === match.id).map((r) => b.index.byId.get(r.to)).filter((x): x is EntityNode => !!x) : [];
  let next = graphPositions.length;
  item.positions.forEach((pos, k) => {
    const same = graphPositions.find((g) => g.properties.positionType === pos.positionType && nameKey(String(g.properties.wording)).includes(nameKey(pos.subject ?? pos.wording).slice(0, 40)));
    const positionId = same?.id ?? `position:${itemId.replace(/^item:/, "")}-${match ? ++next : k + 1}`;
    const name = (pos.subject ? `${pos.wording} ${pos.subject}` : pos.wording).replace(/\s+/g, " ").slice(0, 160);
    const pe = b.entity({
      id: positionId,
      type: "Position",
      fields: same ? graphFields(same.properties) : { name, positionType: pos.positionType, wording: pos.wording, order: k + 1, decidedOn: parsed.meeting!.date },
      quotes: [pos.passage.quote, pos.subject, pos.confirmedBy?.quote],
      ...(pos.incomplete ? { incomplete: true } : {}),
    });
    if (!pe) return;
    b.relation("RESULTED_IN", itemId, positionId, [pos.passage.quote]);
    b.relation("TAKEN_BY", positionId, forum, [pos.passage.quote]);
  });
}

/** Meetings the document only mentions (earlier notes, the next meeting). */
export function proposeMentionedMeetings(b: ProposalBuilder, parsed: ParsedDocument, ownForum: string | undefined, ownSlug: string | undefined) {
  const documentDay = parsed.meeting?.date ?? parsed.date;
  for (const mention of parsed.mentionedMeetings) {
    let forum: string | undefined;
    if (mention.knownForumOnly) {
      // A forum named in passing ("Vårdsamverkan Västra Götaland (VVG) den 7 mars"): only one the graph knows, never a new one.
      const variants = [mention.forum!, ...[...mention.forum!.matchAll(/\(([^)]+)\)/g)].map((x) => x[1]!), mention.forum!.replace(/\s*\([^)]*\)/g, "")];
      const found = variants.map((v) => resolveForum(b.index, v.trim())).find(Boolean);
      forum = found ? b.known(found.id, [mention.passage.quote])?.id : undefined;
    } else forum = mention.forum ? forumId(b, mention.forum, [mention.passage.quote]) : ownForum;
    if (!forum || !b.entities.has(forum)) continue;
    const when = mention.date ?? mention.month;
    const id = `meeting:${forum.replace(/^forum:/, "")}-${when}`;
    if (ownSlug && id === `meeting:${ownSlug}`) continue;
    const forumName = String(b.index.byId.get(forum)?.properties.shortName ?? b.entities.get(forum)?.fields.name ?? mention.forum);
    // Notes of a meeting mean it was held; otherwise it is planned if it lies after the document's own date.
    const planned = !/Mötesanteckning/i.test(mention.passage.quote) && !!documentDay && when > documentDay.slice(0, when.length);
    const fields: Record<string, unknown> = {
      name: `${forumName}${mention.named ? ` ${mention.named.toLowerCase()}` : ""} ${when}`,
      kind: mention.named ? "OTHER" : "REGULAR",
      status: planned ? "PLANNED" : "HELD",
      month: mention.month,
      ...(mention.date ? { date: mention.date } : {}),
      ...(mention.startTime ? { startTime: mention.startTime, endTime: mention.endTime } : {}),
    };
    const because = mention.yearFromContext ? mention.because ?? `Året står inte på raden; det är dokumentets år (${documentDay?.slice(0, 4)}), som lägger mötet efter dokumentets datum.` : undefined;
    const meeting = b.entity({ id, type: "Meeting", fields, quotes: [mention.passage.quote], ...(because ? { inferred: true, because } : {}) });
    if (meeting) b.relation("OF_FORUM", id, forum, [mention.passage.quote]);
  }
}

/** A forum's scheduled meetings ("Mötestider 2018"): planned meetings of that forum. */
export function proposeSchedules(b: ProposalBuilder, parsed: ParsedDocument) {
  for (const s of parsed.schedules) {
    const forum = forumId(b, s.forum, [s.forumPassage.quote], s.forumBecause);
    if (!forum) continue;
    const forumName = String(b.index.byId.get(forum)?.properties.shortName ?? b.entities.get(forum)?.fields.name ?? s.forum);
    for (const m of s.meetings) {
      const id = `meeting:${forum.replace(/^forum:/, "")}-${m.date}`;
      const fields: Record<string, unknown> = { name: `${forumName} ${m.date}`, kind: "REGULAR", status: "PLANNED", month: m.date.slice(0, 7), date: m.date };
      if (m.startTime) Object.assign(fields, { startTime: m.startTime, endTime: m.endTime });
      if (m.location) fields.location = m.location;
      const e = b.entity({ id, type: "Meeting", fields, quotes: [m.passage.quote, m.locationPassage?.quote], ...(s.because ? { inferred: true, because: s.because } : {}) });
      if (e) b.relation("OF_FORUM", id, forum, [m.passage.quote, s.forumPassage.quote]);
    }
  }
}
