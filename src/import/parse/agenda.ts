/**
 * Agenda items and what each item's block says: numbered items ("N. titel", lettered sub-items,
 * an unlettered bold sub-point with its own presenter) or an "Agenda SRO ..." heading with
 * bullets whose blocks follow under headings that repeat the titles; in each block the
 * presenters, positions and medskick.
 */
import { findTimeRanges } from "./dates.js";
import { LABEL_RE, passageOf, sentencesOf, titleKey, type Line } from "./lines.js";
import type { DocumentShape, FoundItem, FoundPosition, ParsedDocument } from "./parsed-document.js";
import { parsePeople } from "./people.js";
import { positionTypeOf } from "./position-types.js";

type Placed = { item: FoundItem; start: number };
type SubItem = FoundItem & { inlineSubOf?: FoundItem };

function itemKind(block: string, positions: FoundPosition[]): FoundItem["kind"] {
  if (/^Information och dialog/im.test(block)) return "INFORMATION_AND_DIALOGUE";
  if (/^Ställningstagande\s*\(/im.test(block) || positions.some((p) => p.positionType !== "NOTED_INFORMATION" && p.positionType !== "NO_POSITION" && p.positionType !== "APPROVED_AGENDA_OR_MINUTES")) return "DECISION";
  if (positions.some((p) => p.positionType === "APPROVED_AGENDA_OR_MINUTES")) return "PROCEDURAL";
  return "INFORMATION";
}

/** Joins a label's text with continuation lines (the list breaks after a comma or before a lower-case word). */
export function labelText(lines: Line[], i: number, first: string): { text: string; last: number } {
  let text = first;
  let j = i;
  while (j + 1 < lines.length && lines[j + 1]!.clean && !LABEL_RE.test(lines[j + 1]!.clean) && (/,$/.test(text) || /^\p{Ll}/u.test(lines[j + 1]!.clean))) {
    j++;
    text = `${text} ${lines[j]!.clean}`;
  }
  return { text: text.trim(), last: j };
}

/** Items of an "Agenda SRO 19 november" heading with bullets; each item's block starts at a heading that repeats its title. */
function bulletAgenda(lines: Line[], agendaAt: number): Placed[] {
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
  return titles.map((t, k) => {
    const key = titleKey(t.clean);
    const block = lines.findIndex((l, i) => i > agendaAt + titles.length && !l.bullet && l.clean.length > 2 && titleKey(l.clean) === key);
    const item: FoundItem = { order: k + 1, name: t.clean, passages: [passageOf(t)], kind: "INFORMATION", presenters: [], positions: [] };
    if (block >= 0) item.passages.push(passageOf(lines[block]!));
    return { item, start: block };
  });
}

/** Numbered items "N. titel" (a number is an item only if it follows the previous one), lettered and bold sub-points. */
function numberedAgenda(lines: Line[], shape: DocumentShape): Placed[] {
  const items: Placed[] = [];
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
      const sub: SubItem = { order: item.order, label, name: l.clean, passages: [passageOf(l)], kind: "INFORMATION", presenters: [], positions: [], inlineSubOf: item };
      items.push({ item: sub, start: j });
    }
  }
  return items;
}

/** The agenda of a meeting document, with each item's block read. Returns the line numbers the blocks cover. */
export function readAgenda(lines: Line[], text: string, shape: DocumentShape, doc: ParsedDocument): Set<number> {
  const agendaAt = lines.findIndex((l) => !l.bullet && /^(Agenda|Agendan för|Dagordning)\b/i.test(l.clean) && !/^\d+\./.test(l.clean));
  const afterAgenda = lines.slice(agendaAt + 1).find((l) => l.clean);
  const isBulletAgenda = agendaAt >= 0 && !!afterAgenda?.bullet && !/^\d{1,2}\.\s/.test(afterAgenda.clean);
  const items = isBulletAgenda ? bulletAgenda(lines, agendaAt) : numberedAgenda(lines, shape);

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
    const parent = (item as SubItem).inlineSubOf;
    if (!parent) continue;
    for (const p of item.positions) addPosition(parent, p);
    item.positions = [];
    delete (item as SubItem).inlineSubOf;
    parent.kind = itemKind("", parent.positions);
  }
  if (shape !== "page" && shape !== "organisation") flagCutOffEnd(doc, items);
  doc.items = items.map((x) => x.item).sort((a, b) => a.order - b.order || (a.label ?? "").localeCompare(b.label ?? ""));
  return claimed;
}

/** A decision sentence of a decision page: "Regionfullmäktige beslutar att ...", "Beslut: Regionfullmäktige ställer sig bakom ...". */
export const BODY_DECISION_RE = /^(?:Beslut:\s*)?((Regionfullmäktige|Regionstyrelsen|Kommunfullmäktige)\s+(beslutar|ställer sig bakom|godkänner)\b.*)$/;

/** A decision reported in the past tense inside an item's notes. */
const PAST_DECISION_RE = /\b(?:godkändes|godkände|beslutades|beslutade|fastställdes|antogs|förlängdes|ställde sig (?:\S+ ){0,6}?bakom|noterade)\b/i;

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
    const decision = BODY_DECISION_RE.exec(clean);
    if (decision) {
      const s = decision[1]!.split(/(?<=\.)\s+(?=\p{Lu})/u)[0]!;
      const t = positionTypeOf(s);
      if (t) addPosition(item, { wording: s, positionType: t, passage: passageOf(l, s), incomplete: endsDocument && i === lastText && !/[.!?]$/.test(s) ? true : undefined });
      continue;
    }
    // "Beslut: enligt förslag" confirms the decision above; it is not a second one.
    if (/^Beslut:\s*enligt förslag/i.test(clean)) {
      const last = item.positions.at(-1);
      if (last) last.confirmedBy = passageOf(l);
      continue;
    }
    const pos = /^Ställningstagande\s*[:.]\s*(.*)$/i.exec(clean);
    if (!pos) {
      // Procedural formulas as a line of their own: "Dagens agenda godkänns."
      if (positionTypeOf(clean) === "APPROVED_AGENDA_OR_MINUTES") addPosition(item, { wording: clean, positionType: "APPROVED_AGENDA_OR_MINUTES", passage: passageOf(l) });
      // A decision written in the notes' own words, in the past: "Förslag 7 och 8 godkändes."
      else if (!l.bullet) {
        for (const s of sentencesOf(clean)) {
          const t = PAST_DECISION_RE.test(s.text) && !/^(?:om|när|förutsatt)\b/i.test(s.text) ? positionTypeOf(s.text) : undefined;
          if (t && t !== "APPROVED_AGENDA_OR_MINUTES") addPosition(item, { wording: s.text, positionType: t, passage: passageOf(l, s.text) });
        }
      }
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
function flagCutOffEnd(doc: ParsedDocument, items: Placed[]) {
  const last = items.filter((x) => x.start >= 0).sort((a, b) => b.start - a.start)[0]?.item;
  const othersHave = items.some((x) => x.item !== last && x.item.positions.length > 0);
  if (last && last.presenters.length && !last.positions.length && othersHave && !last.incomplete) {
    last.incomplete = true;
    doc.unread.push({ line: last.passages.at(-1)!.line, text: last.name, reason: "ställningstagande saknas i sista punkten: sidan kan vara avklippt" });
  }
}

/** The same position printed twice (also with "Beslut:" before it) is one fact. */
export function addPosition(item: { positions: FoundPosition[] }, p: FoundPosition) {
  const key = titleKey(p.wording + (p.subject ?? ""));
  if (item.positions.some((q) => titleKey(q.wording + (q.subject ?? "")) === key)) return;
  item.positions.push(p);
}
