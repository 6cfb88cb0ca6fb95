/**
 * Parsed document + graph index → the proposal: entities and relations in the seed format,
 * each with its quotes and a status (new, known, ambiguous, conflicting). Every quote is
 * checked against the normalised text here, so the seed file written from it passes the
 * seed check.
 */
import { isDeepStrictEqual } from "node:util";
import { normaliseWhitespace } from "../../seed/source-texts.js";
import type { ParsedDocument, PersonMention } from "../parse/parsed-document.js";
import { nameKey, slugOf, type GraphIndex } from "../resolve/graph-index.js";
import { namedBodiesIn, namedDocumentsIn, resolveAgreement, resolveForum, resolveOrganisation, resolvePerson } from "../resolve/resolve-names.js";
import type { Proposal, ProposedEntity, ProposedRelation } from "./proposal-schema.js";

export interface DocumentMeta {
  file: string;
  seedFile: string;
  input: string;
  format: "txt" | "html" | "pdf";
  encoding: string;
  sha256: string;
  title: string;
  url?: string;
  publisher?: string;
  publishedOn?: string;
}

const KIND_OF_SHAPE = { "meeting-notes": "MEETING_NOTES", "meeting-summary": "MEETING_SUMMARY", decision: "PUBLISHED_PAGE", organisation: "PUBLISHED_PAGE", page: "PUBLISHED_PAGE" } as const;
const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * A new forum's id slug; "hälso- och sjukvårdsavtal" is shortened to "hos-avtal" as the ids in
 * seeds/README.md do (`doc:hos-avtal`), so an importer-made id matches a curator's.
 */
function forumSlugOf(name: string): string {
  return slugOf(name.replace(/hälso- och sjukvårdsavtal(et)?/gi, "hos-avtal"));
}

export function buildProposal(parsed: ParsedDocument, text: string, index: GraphIndex, meta: DocumentMeta): Proposal {
  const folded = normaliseWhitespace(text);
  const warnings: string[] = [];
  const unresolved = [...parsed.unread];
  const entities = new Map<string, ProposedEntity>();
  const relations = new Map<string, ProposedRelation>();

  const verified = (quotes: (string | undefined)[]) =>
    [...new Set(quotes.filter((q): q is string => !!q && q.trim().length >= 3).map((q) => q.trim()))].filter((q) => {
      const ok = folded.includes(normaliseWhitespace(q));
      if (!ok) warnings.push(`citatet hittades inte ordagrant och utelämnas: "${q.slice(0, 60)}"`);
      return ok;
    });

  /** Adds (or adds quotes to) an entity; a known id becomes a mention, fields that differ from the graph make it conflicting. */
  const entity = (e: Omit<ProposedEntity, "status" | "quotes" | "inferred"> & { quotes: (string | undefined)[]; status?: ProposedEntity["status"]; inferred?: boolean }) => {
    const quotes = verified(e.quotes);
    if (!quotes.length) return undefined;
    const existing = entities.get(e.id);
    if (existing) {
      existing.quotes = [...new Set([...existing.quotes, ...quotes])];
      return existing;
    }
    const node = index.byId.get(e.id);
    let status = e.status ?? (node ? "known" : "new");
    const conflicts: NonNullable<ProposedEntity["conflicts"]> = [];
    if (node && status === "known") {
      for (const [field, value] of Object.entries(e.fields)) {
        const graphValue = node.properties[field];
        if (graphValue !== undefined && value !== undefined && field !== "name" && field !== "description" && !isDeepStrictEqual(graphValue, value)) conflicts.push({ field, graph: graphValue, document: value });
      }
      // An agenda item under an existing id with another title is probably another item: never merged silently.
      if (node.type === "AgendaItem" && nameKey(String(node.properties.name)) !== nameKey(String(e.fields.name))) conflicts.push({ field: "name", graph: node.properties.name, document: e.fields.name });
      if (conflicts.length) status = "conflicting";
    }
    const created: ProposedEntity = { ...e, status, quotes, inferred: e.inferred ?? false };
    if (conflicts.length) created.conflicts = conflicts;
    entities.set(e.id, created);
    return created;
  };
  const relation = (type: string, from: string, to: string, quotes: (string | undefined)[], inferred?: { because: string }) => {
    if (!entities.has(from) || !entities.has(to) || from === to) return;
    const q = verified(quotes);
    if (!q.length) return;
    const key = `${type}|${from}|${to}`;
    const existing = relations.get(key);
    if (existing) {
      existing.quotes = [...new Set([...existing.quotes, ...q])];
      return;
    }
    relations.set(key, { type, from, to, status: index.relationKeys.has(key) ? "known" : "new", quotes: q, inferred: !!inferred, ...(inferred ? { because: inferred.because } : {}) });
  };
  const known = (id: string, quotes: (string | undefined)[]) => {
    const node = index.byId.get(id);
    if (!node) return undefined;
    return entity({ id, type: node.type, fields: { name: node.properties.name }, quotes });
  };

  /** A person with their organisation; ambiguous matches stay separate entities with candidates. */
  const person = (p: PersonMention) => {
    const r = resolvePerson(index, p.name);
    const fields: Record<string, unknown> = { name: p.name };
    if (p.party) fields.party = p.party;
    const notes = [p.title && `titel/roll: ${p.title}`].filter((n): n is string => !!n);
    const e = entity({
      id: r.id,
      type: "Person",
      status: r.status === "ambiguous" ? "ambiguous" : undefined,
      fields: r.status === "known" ? { name: r.node!.properties.name, ...(p.party ? { party: p.party } : {}) } : fields,
      quotes: [p.passage.quote],
      ...(r.candidates ? { candidates: r.candidates.map((c) => ({ id: c.id, name: String(c.properties.name) })) } : {}),
      ...(notes.length ? { notes } : {}),
    });
    if (!e) return undefined;
    if (r.status === "ambiguous") e.notes = [...(e.notes ?? []), `möjligen samma som ${r.candidates!.map((c) => c.id).join(", ")}: ${r.because}`];
    if (p.organisation) {
      const org = resolveOrganisation(index, p.organisation);
      if (org) {
        known(org.id, [p.passage.quote]);
        relation("AFFILIATED_WITH", e.id, org.id, [p.passage.quote]);
      } else unresolved.push({ line: p.passage.line, text: p.organisation, reason: `organisationen för ${p.name} finns inte i grafen` });
    }
    return e;
  };

  // --- the meeting and its agenda ----------------------------------------------------------------
  const m = parsed.meeting;
  let forumId: string | undefined;
  let meetingSlug: string | undefined;
  if (m?.forum) {
    const forum = resolveForum(index, m.forum);
    if (forum) {
      forumId = forum.id;
      known(forum.id, [m.forumPassage?.quote]);
    } else {
      forumId = `forum:${slugOf(m.forum)}`;
      entity({ id: forumId, type: "Forum", fields: { name: m.forum, kind: "OTHER" }, quotes: [m.forumPassage?.quote, m.forum] });
    }
  }
  if (m && forumId && m.date) {
    meetingSlug = `${forumId.replace(/^forum:/, "")}-${m.date}`;
    const meetingId = `meeting:${meetingSlug}`;
    const fields: Record<string, unknown> = { name: `${index.byId.get(forumId)?.properties.shortName ?? m.forum} ${m.date}`, kind: "REGULAR", status: "HELD", month: m.month, date: m.date };
    if (m.startTime) fields.startTime = m.startTime;
    if (m.endTime) fields.endTime = m.endTime;
    if (m.location) fields.location = m.location;
    if (m.location) fields.format = m.digital ? "DIGITAL" : "IN_PERSON";
    const meeting = entity({ id: meetingId, type: "Meeting", fields, quotes: [...m.datePassages.map((p) => p.quote), m.timePassage?.quote, m.locationPassage?.quote] });
    if (meeting && m.yearFromContext) meeting.notes = ["året är hämtat från en annan daterad rad i dokumentet (eller --date)"];
    relation("OF_FORUM", meetingId, forumId, [m.forumPassage?.quote, ...m.datePassages.map((p) => p.quote)]);

    for (const item of parsed.items) {
      const suffix = `${pad2(item.order)}${item.label?.replace(/^\d+/, "") ?? ""}`;
      const itemId = `item:${meetingSlug}-${suffix}`;
      const f: Record<string, unknown> = { name: item.name, kind: item.kind, order: item.order };
      if (item.label) f.label = item.label;
      if (item.startTime) f.startTime = item.startTime;
      if (item.endTime) f.endTime = item.endTime;
      if (item.minutesAllotted) f.minutesAllotted = item.minutesAllotted;
      const e = entity({ id: itemId, type: "AgendaItem", fields: f, quotes: item.passages.map((p) => p.quote), ...(item.incomplete ? { incomplete: true } : {}) });
      if (!e) continue;
      relation("HAS_ITEM", meetingId, itemId, [item.passages[0]?.quote]);
      for (const p of item.presenters) {
        const pe = person(p);
        if (pe) relation("PRESENTED_BY", itemId, pe.id, [p.passage.quote]);
      }
      item.positions.forEach((pos, k) => {
        const positionId = `position:${meetingSlug}-${suffix}-${k + 1}`;
        const name = (pos.subject ? `${pos.wording} ${pos.subject}` : pos.wording).replace(/\s+/g, " ").slice(0, 160);
        const pe = entity({
          id: positionId,
          type: "Position",
          fields: { name, positionType: pos.positionType, wording: pos.wording, order: k + 1, decidedOn: m.date },
          quotes: [pos.passage.quote, pos.subject],
          ...(pos.incomplete ? { incomplete: true } : {}),
        });
        if (!pe) return;
        relation("RESULTED_IN", itemId, positionId, [pos.passage.quote]);
        relation("TAKEN_BY", positionId, forumId!, [pos.passage.quote]);
      });
      for (const d of namedDocumentsIn(index, item.name)) {
        known(d.id, [item.passages[0]?.quote]);
        relation("CONCERNS", itemId, d.id, [item.passages[0]?.quote]);
      }
    }
    for (const [list, type] of [[parsed.invited, "INVITED_TO"], [parsed.absent, "ABSENT_FROM"]] as const) {
      for (const p of list) {
        const pe = person(p);
        if (pe) relation(type, pe.id, meetingId, [p.passage.quote]);
      }
    }
    for (const p of parsed.present) person(p);
  } else if (m && parsed.items.length) {
    warnings.push("mötet saknar forum eller datum: dagordningen föreslås inte");
  }

  // --- meetings the document only mentions (earlier notes, the next meeting) ---------------------
  const documentDay = m?.date ?? parsed.date;
  for (const mention of parsed.mentionedMeetings) {
    let mentionForum = forumId;
    if (mention.forum) {
      const found = resolveForum(index, mention.forum);
      mentionForum = found?.id ?? `forum:${forumSlugOf(mention.forum)}`;
      if (found) known(found.id, [mention.passage.quote]);
      else entity({ id: mentionForum, type: "Forum", fields: { name: mention.forum, kind: "OTHER" }, quotes: [mention.passage.quote] });
    }
    if (!mentionForum || !entities.has(mentionForum)) continue;
    const when = mention.date ?? mention.month;
    const id = `meeting:${mentionForum.replace(/^forum:/, "")}-${when}`;
    if (meetingSlug && id === `meeting:${meetingSlug}`) continue;
    const forumName = String(index.byId.get(mentionForum)?.properties.shortName ?? entities.get(mentionForum)?.fields.name ?? mention.forum);
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
    const because = mention.yearFromContext ? `Året står inte på raden; det är dokumentets år (${documentDay?.slice(0, 4)}), som lägger mötet efter dokumentets datum.` : undefined;
    const meeting = entity({ id, type: "Meeting", fields, quotes: [mention.passage.quote], ...(because ? { inferred: true, because } : {}) });
    if (meeting) relation("OF_FORUM", id, mentionForum, [mention.passage.quote]);
  }

  // --- people on member and contact lists --------------------------------------------------------
  for (const p of parsed.people) {
    const e = person(p);
    if (e && p.role) e.notes = [...new Set([...(e.notes ?? []), `roll: ${p.role}`])];
  }

  // --- positions in running text -----------------------------------------------------------------
  parsed.positions.forEach((pos) => {
    const forumName = /\bSRO\b|samrådsorgan/i.test(pos.wording) ? "SRO" : /\bVVG\b/.test(pos.wording) ? "VVG" : /Regionfullmäktige/.test(pos.wording) ? "Regionfullmäktige" : undefined;
    const forum = forumName ? resolveForum(index, forumName) : undefined;
    const decided = parsed.dates.find((d) => d.passage.line === pos.passage.line && d.precision === "DAY" && !d.yearFromContext);
    // The wording is part of the id: a position in running text must not take the id of one the graph has for that meeting.
    const slug = `${forum ? forum.id.replace(/^forum:/, "") : forumId?.replace(/^forum:/, "") ?? "okand"}-${decided?.value ?? parsed.date ?? "odaterad"}-${slugOf(pos.wording.replace(/^.*?(ställ|godkän|beslut|rekommend|noterar|ger)/i, "$1")).slice(0, 40).replace(/-+$/, "")}`;
    const id = `position:${slug}`;
    const fields: Record<string, unknown> = { name: pos.wording.slice(0, 160), positionType: pos.positionType, wording: pos.wording };
    if (decided) fields.decidedOn = decided.value;
    const e = entity({ id, type: "Position", fields, quotes: [pos.passage.quote] });
    const takenBy = forum?.id ?? forumId;
    if (e && takenBy) {
      if (forum) known(forum.id, [pos.passage.quote]);
      relation("TAKEN_BY", id, takenBy, [pos.passage.quote]);
    }
    if (e) for (const d of namedDocumentsIn(index, pos.wording)) {
      known(d.id, [pos.passage.quote]);
      relation("CONCERNS", id, d.id, [pos.passage.quote]);
    }
  });

  // --- funds with an amount on the same line: "Statsbidrag för ... (49 miljoner)" -------------------
  for (const a of parsed.amounts) {
    if (a.unit !== "SEK") continue;
    const line = text.split("\n")[a.passage.line - 1] ?? "";
    const fund = /^(?:\d+\.\s*)?\W*((?:Statsbidrag|Stimulansmedel|Medel)\b[^(]*?)\s*\(\s*[^)]*\)/i.exec(line.trim());
    if (!fund) continue;
    const name = fund[1]!.trim();
    const found = index.find(name, ["Fund"]);
    const id = found[0]?.id ?? `fund:${slugOf(name)}`;
    entity({ id, type: "Fund", fields: { name, kind: /statsbidrag/i.test(name) ? "STATE_GRANT" : "OTHER", amountSek: a.value }, quotes: [a.passage.quote] });
  }

  // --- agreements named as a heading, paragraph or link title -----------------------------------------
  for (const a of parsed.agreements) {
    const kindWord = { OVERENSKOMMELSE: "Överenskommelse", RIKTLINJE: "Riktlinje", RAMAVTAL: "Ramavtal", SAMVERKANSAVTAL: "Samverkansavtal" }[a.kind];
    const r = resolveAgreement(index, a.name, kindWord);
    if (r.status === "known") {
      known(r.id, [a.passage.quote]);
      continue;
    }
    const e = entity({
      id: r.id,
      type: "GoverningDocument",
      status: r.status === "ambiguous" ? "ambiguous" : undefined,
      fields: { name: a.name, kind: a.kind },
      quotes: [a.passage.quote],
      ...(r.candidates ? { candidates: r.candidates.map((c) => ({ id: c.id, name: String(c.properties.name) })) } : {}),
    });
    if (e && r.because) e.notes = [`möjligen samma som ${r.candidates!.map((c) => c.id).join(", ")}: ${r.because}`];
  }

  // --- governing documents and funds the graph knows, named anywhere --------------------------------
  // A line that names an agreement of its own (above) is not also read as naming a known one: that would be a guess.
  const agreementLines = new Set(parsed.agreements.map((a) => a.passage.line));
  text.split("\n").forEach((line, i) => {
    if (line.trim().length < 8 || agreementLines.has(i + 1)) return;
    for (const d of namedDocumentsIn(index, line)) known(d.id, [line.trim().replace(/^[-•·➤#*\s]+/, "")]);
    for (const b of namedBodiesIn(index, line)) if (!entities.has(b.id)) known(b.id, [line.trim().replace(/^[-•·➤#*\s]+/, "")]);
  });

  const meetingDate = m?.date;
  const proposal: Proposal = {
    document: {
      file: meta.file,
      seedFile: meta.seedFile,
      input: meta.input,
      format: meta.format,
      encoding: meta.encoding,
      sha256: meta.sha256,
      shape: parsed.shape,
      title: meta.title,
      kind: KIND_OF_SHAPE[parsed.shape],
      ...(meetingDate ?? parsed.date ? { date: meetingDate ?? parsed.date } : {}),
      ...(!(meetingDate ?? parsed.date) && parsed.year ? { year: parsed.year } : {}),
      ...(meta.url ? { url: meta.url } : {}),
      ...(meta.publisher ? { publisher: meta.publisher } : {}),
      ...(meta.publishedOn ? { publishedOn: meta.publishedOn } : {}),
      description: describe(parsed, meta),
    },
    entities: [...entities.values()],
    relations: [...relations.values()],
    amounts: parsed.amounts.map((a) => ({ text: a.text, value: a.value, unit: a.unit, quote: a.passage.quote })),
    dates: parsed.dates.map((d) => ({ text: d.text, value: d.value, precision: d.precision, ...(d.endValue ? { endValue: d.endValue } : {}), ...(d.yearFromContext ? { yearFromContext: true } : {}), quote: d.passage.quote })),
    medskick: parsed.medskick.map((p) => p.quote),
    unresolved,
    warnings: [...new Set(warnings)],
  };
  return proposal;
}

function describe(parsed: ParsedDocument, meta: DocumentMeta): string {
  const what = { "meeting-notes": "Mötesanteckning", "meeting-summary": "Sammanställning från möte", decision: "Beslutssida", organisation: "Organisationssida", page: "Webbsida" }[parsed.shape];
  const parts = [`${what}, importerad som utkast från ${meta.input.split("/").at(-1)}`];
  if (parsed.items.length) parts.push(`${parsed.items.length} punkter på dagordningen`);
  return `${parts.join("; ")}. Granskas innan den används.`;
}

