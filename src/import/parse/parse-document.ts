/**
 * Normalised text → what it states: the meeting, its agenda items with presenters and
 * positions, attendance, member and contact lists, amounts and dates. Line-oriented: labels
 * ("Föredragande:", "Ställningstagande:", "Frånvarande:", "Inbjudna:", "Medskick från ...:")
 * and agenda shapes (numbered "N. title", or an "Agenda SRO ..." heading with bullets whose
 * blocks follow under headings that repeat the titles). Whatever is not understood is listed
 * in `unread`, never guessed.
 */
import { findAmounts } from "./amounts.js";
import { findDates, findTimeRanges, firstFullDate } from "./dates.js";
import { findMentionedMeetings } from "./mentioned-meetings.js";
import type { DocumentShape, FoundItem, FoundMeeting, FoundPosition, ParsedDocument, Passage } from "./parsed-document.js";
import { parsePeople, isPersonName } from "./people.js";
import { positionTypeOf } from "./position-types.js";

export interface ParseContext {
  title?: string;
  url?: string;
  /** YYYY-MM-DD given by the user (--date) or the document header. */
  date?: string;
}

interface Line {
  /** 1-based line number in the normalised text. */
  n: number;
  raw: string;
  /** Without markdown emphasis, heading marks and bullets. */
  clean: string;
  bullet: boolean;
}

const BULLET_RE = /^\s*(?:[-•·➤*]|\d+\))\s+/;
const LABEL_RE = /^(Föredragande|Ställningstagande|Frånvarande|Inbjudna|Närvarande|Deltagare|Kallade|Medskick från [^:]{1,40}|Beslut)\s*[:.]\s*/i;

function cleanOf(raw: string): string {
  return raw.replace(/^\s*#+\s*/, "").replace(/\*\*|__/g, "").replace(/^\*(.*)\*$/, "$1").replace(/\[([^\]]*)\]\(#?[^)]*\)/g, "$1").trim();
}

function toLines(text: string): Line[] {
  return text.split("\n").map((raw, i) => {
    const clean = cleanOf(raw);
    const bullet = BULLET_RE.test(clean) || BULLET_RE.test(raw);
    return { n: i + 1, raw, clean: clean.replace(BULLET_RE, "").trim(), bullet };
  });
}

/** The longest verbatim part of a line worth quoting: the clean text if the raw line holds it. */
function passageOf(line: Line, part?: string): Passage {
  const candidates = [part, line.clean, line.raw.trim()].filter((c): c is string => !!c && c.length >= 3);
  const quote = candidates.find((c) => line.raw.includes(c)) ?? line.raw.trim();
  return { quote, line: line.n };
}

/** Comparable key of a heading or title: letters and digits only, lower case. */
export function titleKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

function forumOf(text: string): string | undefined {
  if (/\bSRO\b|Politiskt? samrådsorgan/i.test(text)) return "SRO";
  if (/\bVVG\b|Vårdsamverkan Västra Götaland/i.test(text)) return "VVG";
  if (/Regionfullmäktige/i.test(text)) return "Regionfullmäktige";
  return undefined;
}

function contextYear(lines: Line[], ctx: ParseContext): number | undefined {
  if (ctx.date) return Number(ctx.date.slice(0, 4));
  const fromTitle = ctx.title ? /\b(19|20)\d{2}\b/.exec(ctx.title) : null;
  if (fromTitle) return Number(fromTitle[0]);
  const fromUrl = ctx.url ? /\b(20\d{2})\b/.exec(ctx.url) : null;
  // A dated line such as "2021-11-19 Sammanställning från SRO, PowerPoint".
  const dated = lines.map((l) => firstFullDate(l.clean)).find(Boolean);
  if (dated) return Number(dated.slice(0, 4));
  return fromUrl ? Number(fromUrl[1]) : undefined;
}

function shapeOf(text: string): DocumentShape {
  if (/^\s*Mötesanteckning\s*$|^Dagordning$|^Datum:/im.test(text)) return "meeting-notes";
  if (/Sammanställning från/i.test(text) && /^(#+\s*)?(Agenda|Agendan för)\b/im.test(text)) return "meeting-summary";
  if (/Regionfullmäktige/.test(text) && /(beslutar att|^Beslut:)/im.test(text)) return "decision";
  if (/^Representerar:|\([a-zåäö]\)\s*$/im.test(text)) return "organisation";
  return "page";
}

function itemKind(block: string, positions: FoundPosition[]): FoundItem["kind"] {
  if (/^Information och dialog/im.test(block)) return "INFORMATION_AND_DIALOGUE";
  if (/^Ställningstagande\s*\(/im.test(block) || positions.some((p) => p.positionType !== "NOTED_INFORMATION" && p.positionType !== "NO_POSITION" && p.positionType !== "APPROVED_AGENDA_OR_MINUTES")) return "DECISION";
  if (positions.some((p) => p.positionType === "APPROVED_AGENDA_OR_MINUTES")) return "PROCEDURAL";
  return "INFORMATION";
}

/** Joins a label's text with continuation lines (the list breaks after a comma or before a lower-case word). */
function labelText(lines: Line[], i: number, first: string): { text: string; last: number } {
  let text = first;
  let j = i;
  while (j + 1 < lines.length && lines[j + 1]!.clean && !LABEL_RE.test(lines[j + 1]!.clean) && (/,$/.test(text) || /^\p{Ll}/u.test(lines[j + 1]!.clean))) {
    j++;
    text = `${text} ${lines[j]!.clean}`;
  }
  return { text: text.trim(), last: j };
}

export function parseDocument(text: string, ctx: ParseContext = {}): ParsedDocument {
  const lines = toLines(text);
  const shape = shapeOf(text);
  const year = contextYear(lines, ctx);
  // The first short line: a long first paragraph is an image description or an intro, not a title.
  const title = ctx.title ?? lines.find((l) => l.clean.length > 2 && l.clean.length <= 80)?.clean ?? "Utan titel";
  const doc: ParsedDocument = { shape, title, year, items: [], invited: [], present: [], absent: [], people: [], amounts: [], dates: [], positions: [], agreements: [], medskick: [], mentionedMeetings: [], unread: [] };

  // --- the meeting ---------------------------------------------------------------------------
  const meeting: FoundMeeting = { datePassages: [] };
  const head = lines.slice(0, 15);
  const forumLine = head.find((l) => forumOf(l.clean)) ?? (ctx.title && forumOf(ctx.title) ? undefined : lines.find((l) => forumOf(l.clean)));
  if (forumLine) {
    meeting.forum = forumOf(forumLine.clean);
    meeting.forumPassage = passageOf(forumLine);
  } else if (ctx.title && forumOf(ctx.title)) meeting.forum = forumOf(ctx.title);
  const dateLine = lines.find((l) => /^Datum:/i.test(l.clean));
  const pickDate = (l: Line, allowContext: boolean) => {
    const d = findDates(l.clean, allowContext ? year : undefined).find((x) => x.precision === "DAY" && x.value && (allowContext || !x.yearFromContext));
    if (d) {
      meeting.date = d.value;
      meeting.yearFromContext = d.yearFromContext;
      meeting.datePassages.push(passageOf(l));
    }
    return d;
  };
  if (dateLine) pickDate(dateLine, false);
  if (!meeting.date && shape !== "page" && shape !== "organisation") {
    // A dated line near the top ("21 maj 2021", "Regionfullmäktige 13-14 juni 2022"), then the intro ("mötet 19 november") with the context year.
    const dated = head.find((l) => !/^(URL|TITLE)/.test(l.clean) && findDates(l.clean).some((d) => d.precision === "DAY" && d.value));
    if (dated) pickDate(dated, false);
    else {
      const intro = lines.find((l) => /(mötet|möte|sammanträdet|SRO den|SRO)\s+(den\s+)?\d{1,2}\s+\p{L}+/iu.test(l.clean));
      if (intro && pickDate(intro, true)) {
        const yearLine = lines.find((l) => firstFullDate(l.clean)?.startsWith(String(year)));
        if (yearLine) meeting.datePassages.push(passageOf(yearLine));
      }
    }
  }
  if (!meeting.date && ctx.date && (shape === "meeting-summary" || shape === "meeting-notes" || shape === "decision")) {
    meeting.date = ctx.date;
    meeting.yearFromContext = true;
  }
  if (meeting.date) meeting.month = meeting.date.slice(0, 7);
  const timeLine = lines.find((l) => /^Tid:/i.test(l.clean));
  if (timeLine) {
    const t = findTimeRanges(timeLine.clean)[0];
    if (t) Object.assign(meeting, { startTime: t.start, endTime: t.end, timePassage: passageOf(timeLine) });
  }
  const placeLine = lines.find((l) => /^(Plats|Mötesform|Lokal):/i.test(l.clean));
  if (placeLine) {
    meeting.location = placeLine.clean.replace(/^(Plats|Mötesform|Lokal):\s*/i, "").trim();
    meeting.locationPassage = passageOf(placeLine);
    meeting.digital = /teams|digital|zoom|skype/i.test(meeting.location);
  }
  doc.date = meeting.date ?? ctx.date;
  if (shape === "meeting-notes" || shape === "meeting-summary" || shape === "decision") doc.meeting = meeting;

  // --- agenda items --------------------------------------------------------------------------
  const items: { item: FoundItem; start: number }[] = [];
  const agendaAt = lines.findIndex((l) => !l.bullet && /^(Agenda|Agendan för|Dagordning)\b/i.test(l.clean) && !/^\d+\./.test(l.clean));
  const afterAgenda = lines.slice(agendaAt + 1).find((l) => l.clean);
  const bulletAgenda = agendaAt >= 0 && !!afterAgenda?.bullet && !/^\d{1,2}\.\s/.test(afterAgenda.clean);
  if (bulletAgenda) {
    const titles: Line[] = [];
    for (let i = agendaAt + 1; i < lines.length; i++) {
      const l = lines[i]!;
      if (!l.clean) {
        if (titles.length) break;
        continue;
      }
      if (!l.bullet) break;
      titles.push(l);
    }
    titles.forEach((t, k) => {
      const key = titleKey(t.clean);
      const block = lines.findIndex((l, i) => i > agendaAt + titles.length && !l.bullet && l.clean.length > 2 && titleKey(l.clean) === key);
      const item: FoundItem = { order: k + 1, name: t.clean, passages: [passageOf(t)], kind: "INFORMATION", presenters: [], positions: [] };
      if (block >= 0) item.passages.push(passageOf(lines[block]!));
      items.push({ item, start: block });
    });
  } else {
    let expected = 0;
    for (let i = 0; i < lines.length; i++) {
      const m = /^(\d{1,2})\.\s+(.{3,})$/.exec(lines[i]!.clean);
      if (!m) continue;
      const n = Number(m[1]);
      const first = expected === 0 && (n === 1 || shape === "decision" || shape === "meeting-notes");
      if (!(first || n === expected + 1)) continue;
      // Inside a Ställningstagande list the numbers are positions, not items.
      const before = lines.slice(Math.max(0, i - 3), i).map((l) => l.clean).join(" ");
      if (/Ställningstagande:?\s*$/i.test(before.trim()) || /^Det politiska|ställer sig bakom|noterar/i.test(m[2]!)) continue;
      expected = n;
      const item: FoundItem = { order: n, label: String(n), name: m[2]!.replace(/\s*\(dag \d+\)\s*$/, "").replace(/:$/, "").trim(), passages: [passageOf(lines[i]!)], kind: "INFORMATION", presenters: [], positions: [] };
      items.push({ item, start: i });
      // Lettered sub-items directly under it: "a) närvaro/upprop".
      for (let j = i + 1; j < Math.min(lines.length, i + 12); j++) {
        const sub = /^([a-h])\)\s+(.+)$/.exec(lines[j]!.clean);
        if (/^\d{1,2}\.\s/.test(lines[j]!.clean)) break;
        if (sub) items.push({ item: { order: n, label: `${n}${sub[1]}`, name: sub[2]!.trim(), passages: [passageOf(lines[j]!)], kind: "PROCEDURAL", presenters: [], positions: [] }, start: j });
      }
    }
    // An unlettered sub-point: a bold bullet heading with its own presenter inside an item's block
    // ("- **Rapport från referensgruppen**" then "Föredragande: ...") gets the next letter.
    const numbered = items.filter((x) => x.item.label && /^\d+$/.test(x.item.label));
    for (const { item, start } of numbered) {
      const end = items.map((x) => x.start).filter((s) => s > start).sort((a, b) => a - b)[0] ?? lines.length;
      for (let j = start + 1; j < end; j++) {
        const l = lines[j]!;
        if (!(l.bullet && /\*\*[^*]+\*\*\s*$/.test(l.raw) && /^\s*[-•]\s*\*\*/.test(l.raw))) continue;
        if (!lines.slice(j + 1, j + 5).some((x) => /^Föredragande:/i.test(x.clean))) continue;
        const letters = items.filter((x) => x.item.order === item.order && x.item.label !== String(item.order)).length;
        // The parent's own text counts as its "a" part (seeds/README: 003's sub-point under item 4 is "4b").
        const label = `${item.order}${String.fromCharCode(97 + letters + (letters === 0 ? 1 : 0))}`;
        items.push({ item: { order: item.order, label, name: l.clean, passages: [passageOf(l)], kind: "INFORMATION", presenters: [], positions: [], inlineSubOf: item } as FoundItem, start: j });
      }
    }
  }

  // Each item's block runs from its heading to the next item's heading.
  const starts = items.filter((x) => x.start >= 0).map((x) => x.start).sort((a, b) => a - b);
  const claimed = new Set<number>();
  for (const { item, start } of items) {
    if (start < 0) continue;
    const end = starts.find((s) => s > start) ?? lines.length;
    const block = lines.slice(start + 1, end);
    block.forEach((l) => claimed.add(l.n));
    readBlock(block, item, doc, end === lines.length && !/[.!?:)”"]\s*$/.test(text.trimEnd()));
    item.kind = item.label?.match(/[a-z]$/) && !item.presenters.length ? "PROCEDURAL" : itemKind(block.map((l) => l.clean).join("\n"), item.positions);
    const time = findTimeRanges(block.slice(0, 4).map((l) => l.clean).join(" "))[0];
    if (time) Object.assign(item, { startTime: time.start, endTime: time.end });
    const minutes = /\((\d+) minuter/.exec(block.slice(0, 4).map((l) => l.clean).join(" "));
    if (minutes) item.minutesAllotted = Number(minutes[1]);
  }
  // A sub-point printed inside its parent's text: the parent's Ställningstagande list follows it and belongs to the parent.
  for (const { item } of items) {
    const parent = (item as FoundItem & { inlineSubOf?: FoundItem }).inlineSubOf;
    if (!parent) continue;
    for (const p of item.positions) addPosition(parent, p);
    item.positions = [];
    delete (item as FoundItem & { inlineSubOf?: FoundItem }).inlineSubOf;
    parent.kind = itemKind("", parent.positions);
  }
  if (shape !== "page" && shape !== "organisation") flagCutOffEnd(doc, items);
  doc.items = items.map((x) => x.item).sort((a, b) => a.order - b.order || (a.label ?? "").localeCompare(b.label ?? ""));

  // --- labels outside item blocks, member lists, running-text positions -------------------------
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const label = LABEL_RE.exec(l.clean);
    const attendance = label && /^(inbjudna|kallade|frånvarande|närvarande|deltagare)$/i.test(label[1]!);
    if (label && attendance) {
      const name = label[1]!.toLowerCase();
      const { text: rest, last } = labelText(lines, i, l.clean.slice(label[0].length));
      const p = { quote: rest.length >= 3 ? `${l.clean.slice(0, label[0].length)}${rest}`.trim() : l.clean, line: l.n };
      if (!l.raw.includes(p.quote.split(" ").slice(0, 3).join(" "))) p.quote = l.clean;
      const people = parsePeople(rest, { quote: l.raw.includes(l.clean) ? l.clean : l.raw.trim(), line: l.n }).people;
      // "Inbjudna:" on a line of its own: the people follow one per line, under side headings
      // ("För Västra Götalandsregionen (VGR)", "Tjänstepersoner"), until the agenda begins.
      if (!rest.trim()) {
        for (let j = i + 1; j < lines.length; j++) {
          const c = lines[j]!;
          if (/^(Dagordning|Agenda)\b/i.test(c.clean) || /^\d{1,2}\.\s/.test(c.clean) || LABEL_RE.test(c.clean)) break;
          if (!c.clean) continue;
          const first = c.clean.split(/[,(]/)[0]!.trim();
          if (!isPersonName(first)) continue;
          people.push(...parsePeople(c.clean, passageOf(c)).people.slice(0, 1));
        }
      }
      if (name === "inbjudna" || name === "kallade") doc.invited.push(...people);
      else if (name === "frånvarande") doc.absent.push(...people);
      else if (name === "närvarande" || name === "deltagare") doc.present.push(...people);
      i = last;
    }
    // SRO member page: "Name" / "Representerar: Org" / "Roll: ...".
    const rep = /^Representerar:\s*(.+)$/.exec(l.clean);
    if (rep && i > 0 && isPersonName(lines[i - 1]!.clean)) {
      const role = /^Roll:\s*(.+)$/.exec(lines[i + 1]?.clean ?? "")?.[1];
      doc.people.push({ name: lines[i - 1]!.clean, represents: rep[1]!.trim(), role, organisation: rep[1]!.trim(), passage: passageOf(lines[i - 1]!) });
    }
    // Fyrbodal shape: "Name[,] role/body (party) [e-mail]".
    const party = /^(.+?)\s*\(([a-zåäö]{1,3})\)(?:\s+\S+@\S+)?$/u.exec(l.clean);
    const withMail = /^(.+?),?\s+\S+@\S+\.[a-z]{2,}$/u.exec(l.clean);
    if ((party || withMail) && !claimed.has(l.n) && isPersonName(l.clean.split(/[,(]/)[0]!.trim().split(/\s+/).slice(0, 2).join(" "))) {
      const people = parsePeople((party ?? withMail)![1]!, passageOf(l)).people;
      if (people[0]) doc.people.push({ ...people[0], party: party?.[2], role: [people[0].title, people[0].organisation].filter(Boolean).join(", ") || undefined });
    }
    if (/^Ej klart, under tillsättning/i.test(l.clean)) doc.unread.push({ line: l.n, text: l.clean, reason: "vakant plats: ingen person att föreslå" });
    // Contact blocks: "Kontaktpersoner:" / "Frågor besvaras av:" then "Name, title, Org" lines.
    if (/(Kontaktpersoner|Frågor besvaras av):\s*$/i.test(l.clean)) {
      for (let j = i + 1; j < Math.min(lines.length, i + 8); j++) {
        const c = lines[j]!;
        if (!c.clean) continue;
        const found = parsePeople(c.clean, passageOf(c)).people;
        if (!found.length) {
          if (isPersonName(c.clean.split(",")[0]!)) continue;
          if (doc.people.length && j > i + 3) break;
          continue;
        }
        doc.people.push(...found.map((p) => ({ ...p, role: p.title })));
      }
    }
    if (!claimed.has(l.n)) {
      const t = positionTypeOf(l.clean);
      const dated = findDates(l.clean).some((d) => d.precision === "DAY" && d.value);
      if (t && dated && t !== "APPROVED_AGENDA_OR_MINUTES" && /(ställ(er|de) sig bakom|rekommenderar|beslutar att|godkän(ner|de)|noterar informationen|i uppdrag|återremitter)/i.test(l.clean) && forumOf(l.clean)) {
        doc.positions.push({ wording: l.clean, positionType: t, passage: passageOf(l) });
      }
    }
  }

  // --- agreements named on a line of their own --------------------------------------------------
  const KIND = { överenskommelse: "OVERENSKOMMELSE", riktlinje: "RIKTLINJE", ramavtal: "RAMAVTAL", samverkansavtal: "SAMVERKANSAVTAL" } as const;
  for (const l of lines) {
    if (l.clean.length > 200 || /[.:]$/.test(l.clean)) continue;
    const titled = /^(Överenskommelse|Riktlinje|Ramavtal|Samverkansavtal)\s*[-–]\s*(.+?)(?:,\s*(?:SRO|VVG)\s+\d{4}-\d{2}-\d{2})?(?:,\s*(?:PDF|PPT|PowerPoint))?$/i.exec(l.clean);
    const phrase = /^(Överenskommelse|Riktlinje|Ramavtal|Samverkansavtal) (om|för|mellan|kring) .{10,}$/i.exec(l.clean);
    const name = titled ? titled[2]!.trim() : phrase ? l.clean.replace(/,\s*(PDF|PPT|PowerPoint)$/i, "").trim() : undefined;
    if (!name || name.length < 8) continue;
    const kind = KIND[(titled ?? phrase)![1]!.toLowerCase() as keyof typeof KIND];
    if (!doc.agreements.some((a) => titleKey(a.name) === titleKey(name))) doc.agreements.push({ name, kind, passage: passageOf(l) });
  }

  // --- amounts and dates anywhere --------------------------------------------------------------
  for (const l of lines) {
    for (const a of findAmounts(l.clean)) doc.amounts.push({ ...a, passage: passageOf(l) });
    for (const d of findDates(l.clean, year)) if (d.value) doc.dates.push({ ...d, passage: passageOf(l) });
  }
  doc.mentionedMeetings = findMentionedMeetings(lines, doc.date);
  return doc;
}

/** Presenters, positions and medskick inside one item's block. */
function readBlock(block: Line[], item: FoundItem, doc: ParsedDocument, endsDocument: boolean) {
  const lastText = block.findLastIndex((l) => l.clean.length > 0);
  for (let i = 0; i < block.length; i++) {
    const l = block[i]!;
    const clean = l.clean.replace(/^(Föredragande:\s*)+/i, "Föredragande: ");
    if (/^Föredragande:/i.test(clean)) {
      const { text, last } = labelText(block, i, clean.replace(/^Föredragande:\s*/i, ""));
      const found = parsePeople(text, passageOf(l, l.clean.includes(clean) ? clean : undefined));
      for (const p of found.people) if (!item.presenters.some((q) => q.name === p.name)) item.presenters.push(p);
      for (const u of found.unread) doc.unread.push({ line: l.n, text: u, reason: "föredragande som inte kunde tolkas som person" });
      i = last;
      continue;
    }
    if (/^Medskick från [^:]+:/i.test(clean)) {
      doc.medskick.push(passageOf(l));
      continue;
    }
    const decision = /^(?:Beslut:\s*)?((Regionfullmäktige|Regionstyrelsen|Kommunfullmäktige)\s+(beslutar|ställer sig bakom|godkänner)\b.*)$/.exec(clean);
    if (decision) {
      const s = decision[1]!.split(/(?<=\.)\s+(?=\p{Lu})/u)[0]!;
      const t = positionTypeOf(s);
      if (t) addPosition(item, { wording: s, positionType: t, passage: passageOf(l, s), incomplete: endsDocument && i === lastText && !/[.!?]$/.test(s) ? true : undefined });
      continue;
    }
    const pos = /^Ställningstagande\s*[:.]\s*(.*)$/i.exec(clean);
    if (!pos) {
      // Procedural formulas as a line of their own: "Dagens agenda godkänns."
      if (positionTypeOf(clean) === "APPROVED_AGENDA_OR_MINUTES") addPosition(item, { wording: clean, positionType: "APPROVED_AGENDA_OR_MINUTES", passage: passageOf(l) });
      continue;
    }
    const formula = pos[1]!.trim();
    // A bullet or numbered list after the label: one position per entry.
    const list: Line[] = [];
    for (let j = i + 1; j < block.length; j++) {
      const b = block[j]!;
      if (!b.clean) {
        if (list.length && !(block[j + 1] && /^\d+\.\s/.test(block[j + 1]!.clean))) break;
        continue;
      }
      const numbered = /^\d+\.\s+(.+)$/.exec(b.clean);
      if (b.bullet || numbered) {
        list.push(numbered ? { ...b, clean: numbered[1]! } : b);
        continue;
      }
      break;
    }
    const incomplete = endsDocument && i + list.length >= lastText;
    if (list.length && (!formula || /bakom$|^\S+ (ställer sig bakom|beslutar)$/i.test(formula) || positionTypeOf(formula) === undefined)) {
      list.forEach((b, k) => {
        const wording = formula ? formula : b.clean;
        const type = positionTypeOf(`${formula} ${b.clean}`);
        if (!type) {
          doc.unread.push({ line: b.n, text: b.clean, reason: "ställningstagande utan känd formulering" });
          return;
        }
        addPosition(item, { wording, positionType: type, subject: formula ? b.clean : undefined, passage: passageOf(b), incomplete: incomplete && k === list.length - 1 ? true : undefined });
      });
      i += list.length;
      continue;
    }
    if (!formula) {
      doc.unread.push({ line: l.n, text: clean, reason: endsDocument ? "ställningstagande saknas: sidan tar slut (avklippt)" : "tom Ställningstagande-rad" });
      if (endsDocument) item.incomplete = true;
      continue;
    }
    // One line, possibly several formulas joined by "och": one position per sentence.
    const sentences = formula.split(/(?<=\.)\s+(?=\p{Lu})/u).filter((s) => positionTypeOf(s));
    if (!sentences.length) {
      doc.unread.push({ line: l.n, text: clean, reason: "ställningstagande utan känd formulering" });
      continue;
    }
    for (const s of sentences.slice(0, 1)) {
      const cutOff = endsDocument && i === lastText && !/[.!?]$/.test(s);
      addPosition(item, { wording: s, positionType: positionTypeOf(s)!, passage: passageOf(l, s), incomplete: cutOff || undefined });
    }
  }
  if (endsDocument && !item.positions.length) item.incomplete = true;
}

/** The last block of a meeting document that has a presenter but no position: the page may be cut off before it. */
function flagCutOffEnd(doc: ParsedDocument, items: { item: FoundItem; start: number }[]) {
  const last = items.filter((x) => x.start >= 0).sort((a, b) => b.start - a.start)[0]?.item;
  const othersHave = items.some((x) => x.item !== last && x.item.positions.length > 0);
  if (last && last.presenters.length && !last.positions.length && othersHave && !last.incomplete) {
    last.incomplete = true;
    doc.unread.push({ line: last.passages.at(-1)!.line, text: last.name, reason: "ställningstagande saknas i sista punkten: sidan kan vara avklippt" });
  }
}

/** The same position printed twice on a page is one fact. */
function addPosition(item: FoundItem, p: FoundPosition) {
  const key = titleKey(p.wording + (p.subject ?? ""));
  if (item.positions.some((q) => titleKey(q.wording + (q.subject ?? "")) === key)) return;
  item.positions.push(p);
}

