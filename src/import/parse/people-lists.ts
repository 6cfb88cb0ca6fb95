/**
 * People named in lists: attendance labels ("Inbjudna:", "Närvarande:", "Anmält förhinder:"),
 * SRO member blocks (name / "Representerar:" / "Roll:"), Fyrbodal lines "Name[,] role (party)
 * [e-mail]", contact blocks ("Kontaktpersoner:", "Kontakt", "Kontaktperson på GR", "Frågor
 * besvaras av:", "Projektledare:") and person cards (a name, then a role line such as
 * "Processledare (VästKom)"), and "kontakta NN, länssamordnare" in running text. Hand-written:
 * these are the fixed layouts of the sites; the role words are this domain's titles.
 */
import { labelText } from "./agenda.js";
import { LABEL_RE, passageOf, type Line } from "./lines.js";
import type { ListedPerson, ParsedDocument, PersonMention } from "./parsed-document.js";
import { isOrganisationText, isPersonName, parsePeople } from "./people.js";

/** Titles and roles as the sites write them, at the start of a role line or after a name. */
export const ROLE_WORD_RE =
  /^(?:(?:andre|förste)\s+vice\b|(?:andre |förste )?(?:vice )?(?:ordförande|ledamot|ersättare|processledare|projektledare|delprojektledare|samordnare|länssamordnare|närvårdssamordnare|enhetschef|avdelningschef|verksamhetschef|direktör|förbundsdirektör|kommundirektör|regiondirektör|utvecklingsledare|koordinator|sekreterare|handläggare|kommunikatör|strateg|utredare|tjänsteperson|regionutvecklare|kommunalråd|regionråd|jurist|chef)\b)/i;

const CONTACT_LABEL_RE = /^(?:Kontakt(?:person(?:er)?|er|uppgifter)?(?:\s+(?:på|i|för|hos)\s+(.{2,40}?))?|Frågor besvaras av|(Projektledare|Processledare|Delprojektledare|Samordnare))\s*:?\s*(.*)$/i;
const CONTACT_DATA_RE = /\S+@\S+\.\w{2,}|^(?:tel(?:efon)?|mobil|e-?post|e-?mail)\b|^[\d\s+()-]{7,}$/i;


function isRoleLine(text: string): boolean {
  return ROLE_WORD_RE.test(text) && text.length <= 90 && !/[.!?]$/.test(text);
}

/** "Processledare (VästKom)" → role and organisation; "Enhetschef Välfärdsutveckling" → role only. */
function roleOf(text: string): { role: string; organisation?: string } {
  const paren = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(text);
  if (paren && isOrganisationText(paren[2]!)) return { role: paren[1]!.trim(), organisation: paren[2]!.trim() };
  const words = text.split(/\s+/);
  for (let n = 1; n < words.length; n++) {
    const tail = words.slice(n).join(" ");
    if (isOrganisationText(tail)) return { role: words.slice(0, n).join(" "), organisation: tail };
  }
  return { role: text.trim() };
}

/** A person on a line of a contact block: "Name", "Name, role", "Name role", "Name, role, Org", "Name Org". */
function personOnLine(line: Line): ListedPerson | undefined {
  const text = line.clean.replace(/\s+\S+@\S+\.\w{2,}\s*$/, "").replace(/,\s*$/, "").trim();
  const words = text.split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 2; n--) {
    const name = words.slice(0, n).join(" ").replace(/,$/, "");
    if (!isPersonName(name)) continue;
    // "Mia Gustafsson Skaraborgs Sjukhus": the last word begins the organisation, not the name.
    if (n > 2 && isOrganisationText(words.slice(n - 1).join(" ").replace(/,$/, ""))) continue;
    const rest = text.slice(text.indexOf(words[n - 1]!) + words[n - 1]!.length).replace(/^\s*,?\s*/, "").trim();
    const person: ListedPerson = { name, passage: passageOf(line) };
    if (!rest) return person;
    const parts = rest.split(/\s*,\s*/);
    for (const part of parts) {
      if (isRoleLine(part)) Object.assign(person, { role: roleOf(part).role, ...(roleOf(part).organisation ? { organisation: roleOf(part).organisation } : {}) });
      else if (isOrganisationText(part) || /^\p{Lu}/u.test(part)) person.organisation ??= part;
      else person.role ??= part;
    }
    return person;
  }
  return undefined;
}

/** A contact block from its label line: people with roles and organisations, until the block ends. */
function contactBlock(lines: Line[], i: number, label: RegExpExecArray): ListedPerson[] {
  const out: ListedPerson[] = [];
  let organisation = label[1]?.trim();
  let role = label[2];
  const inline = label[3]?.trim();
  const queue: Line[] = inline ? [{ ...lines[i]!, clean: inline }] : [];
  let blanks = 0;
  for (let j = i + 1; j < Math.min(lines.length, i + 16); j++) queue.push(lines[j]!);
  for (const line of queue) {
    const text = line.clean;
    if (!text) {
      if (++blanks >= 3) break;
      continue;
    }
    blanks = 0;
    if (CONTACT_DATA_RE.test(text)) continue;
    const sub = /^(Projektledare|Processledare|Delprojektledare|Samordnare)\s*:\s*(.*)$/i.exec(text);
    if (sub) {
      role = sub[1];
      if (/^Se /i.test(sub[2]!)) break;
      continue;
    }
    const person = personOnLine(line);
    if (person) {
      person.role ??= role;
      person.organisation ??= organisation;
      out.push(person);
      continue;
    }
    const last = out.at(-1);
    if (last && isRoleLine(text) && last.passage.line >= line.n - 2) {
      const r = roleOf(text);
      last.role = r.role;
      if (r.organisation) last.organisation = r.organisation;
      last.rolePassage = passageOf(line);
      continue;
    }
    if (isOrganisationText(text) && text.length <= 60) {
      // "Kontakt" / name / organisation: the organisation line right under a person is theirs.
      if (last && !last.organisation && last.passage.line >= line.n - 2) last.organisation = text;
      else organisation = text;
      continue;
    }
    break;
  }
  // "Kontakt Anneli Bjerde" then "Anneli Assmundson Bjerde": one person, under the fuller name.
  return out.filter((p, k) => !out.some((q, m) => m !== k && q.name.length > p.name.length && p.name.split(/\s+/).every((w) => q.name.split(/\s+/).includes(w))));
}

/** People in attendance lists, member blocks, Fyrbodal lines and contact blocks. Lines already read as agenda blocks are skipped where noted. */
export function readPeople(lines: Line[], claimed: Set<number>, doc: ParsedDocument) {
  const inContact = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const label = LABEL_RE.exec(l.clean);
    const attendance = label && /^(inbjudna|kallade|frånvarande|närvarande|deltagare|anmält förhinder)$/i.test(label[1]!);
    if (label && attendance) {
      const name = label[1]!.toLowerCase();
      let { text: rest, last } = labelText(lines, i, l.clean.slice(label[0].length));
      const people: PersonMention[] = [];
      if (!rest.trim()) {
        // The list on the following lines: a comma list hard-wrapped over several lines, or one
        // person per line under side headings ("För Västra Götalandsregionen (VGR)") until the agenda.
        const next = lines.slice(i + 1).findIndex((c) => c.clean.length > 0);
        const first = next >= 0 ? lines[i + 1 + next]! : undefined;
        const commas = first?.clean.match(/,/g)?.length ?? 0;
        const afterFirst = first ? lines[first.n] : undefined;
        if (first && (commas >= 2 || (commas === 1 && (!afterFirst?.clean || LABEL_RE.test(afterFirst.clean))))) {
          const wrapped: Line[] = [];
          for (let j = i + 1 + next; j < lines.length && lines[j]!.clean && !LABEL_RE.test(lines[j]!.clean); j++) wrapped.push(lines[j]!);
          rest = wrapped.map((w) => w.clean).join(" ");
          last = wrapped.at(-1)!.n - 1;
          people.push(...parsePeople(rest, { quote: wrapped.map((w) => w.raw.trim()).join("\n"), line: wrapped[0]!.n }).people);
        } else {
          for (let j = i + 1; j < lines.length; j++) {
            const c = lines[j]!;
            if (/^(Dagordning|Agenda)\b/i.test(c.clean) || /^\d{1,2}\.\s/.test(c.clean) || LABEL_RE.test(c.clean)) break;
            if (!c.clean) continue;
            const firstName = c.clean.split(/[,(]/)[0]!.trim();
            if (!isPersonName(firstName)) continue;
            people.push(...parsePeople(c.clean, passageOf(c)).people.slice(0, 1));
          }
        }
      } else {
        people.push(...parsePeople(rest, { quote: l.raw.includes(l.clean) ? l.clean : l.raw.trim(), line: l.n }).people);
      }
      if (name === "inbjudna" || name === "kallade") doc.invited.push(...people);
      else if (name === "frånvarande" || name === "anmält förhinder") doc.absent.push(...people);
      else doc.present.push(...people);
      i = last;
      continue;
    }
    // SRO member page: "Name" / "Representerar: Org" / "Roll: ...".
    const rep = /^Representerar:\s*(.+)$/.exec(l.clean);
    if (rep && i > 0 && isPersonName(lines[i - 1]!.clean)) {
      const roleLine = /^Roll:\s*(.+)$/.exec(lines[i + 1]?.clean ?? "") ? lines[i + 1] : undefined;
      doc.people.push({ name: lines[i - 1]!.clean, represents: rep[1]!.trim(), role: roleLine?.clean.replace(/^Roll:\s*/, ""), organisation: rep[1]!.trim(), passage: passageOf(lines[i - 1]!), repPassage: passageOf(l), ...(roleLine ? { rolePassage: passageOf(roleLine) } : {}) });
    }
    // Fyrbodal shape: "Name[,] role/body (party) [e-mail]".
    const party = /^(.+?)\s*\(([a-zåäö]{1,3})\)(?:\s+\S+@\S+)?$/u.exec(l.clean);
    const withMail = /^(.+?),?\s+\S+@\S+\.[a-z]{2,}$/u.exec(l.clean);
    if ((party || withMail) && !claimed.has(l.n) && !inContact.has(l.n) && isPersonName(l.clean.split(/[,(]/)[0]!.trim().split(/\s+/).slice(0, 2).join(" "))) {
      const people = parsePeople((party ?? withMail)![1]!, passageOf(l)).people;
      if (people[0]) doc.people.push({ ...people[0], party: party?.[2], role: [people[0].title, people[0].organisation].filter(Boolean).join(", ") || undefined });
      continue;
    }
    if (/^Ej klart, under tillsättning/i.test(l.clean)) doc.unread.push({ line: l.n, text: l.clean, reason: "vakant plats: ingen person att föreslå" });
    // The label may end a longer line (a form field run into it: "... * (obligatorisk)Frågor besvaras av:").
    const atEnd = /(Kontaktpersoner|Kontaktuppgifter|Frågor besvaras av):\s*$/i.exec(l.clean);
    const contact = CONTACT_LABEL_RE.exec(l.clean.length > 60 && atEnd ? atEnd[0] : l.clean);
    if (contact && !claimed.has(l.n) && (l.clean.length <= 60 || atEnd)) {
      const found = contactBlock(lines, i, contact);
      for (const p of found) {
        inContact.add(p.passage.line);
        if (!doc.people.some((q) => q.name === p.name)) doc.people.push(p);
      }
      continue;
    }
    // A member line "Name, role" ("Annica Erlandsson, andre vice ordförande"), also cut off at the end of a page.
    const named = /^([^,]{5,40}),\s*(.+)$/.exec(l.clean);
    if (named && !claimed.has(l.n) && !inContact.has(l.n) && isPersonName(named[1]!.trim()) && isRoleLine(named[2]!.trim()) && !doc.people.some((q) => q.name === named[1]!.trim())) {
      const r = roleOf(named[2]!.trim());
      doc.people.push({ name: named[1]!.trim(), role: r.role, organisation: r.organisation, passage: passageOf(l) });
      continue;
    }
    // A person card without a label: "Titti Walterum" then "Processledare (VästKom)".
    if (!claimed.has(l.n) && !inContact.has(l.n) && isPersonName(l.clean)) {
      const next = lines.slice(i + 1, i + 3).find((c) => c.clean);
      if (next && isRoleLine(next.clean)) {
        const r = roleOf(next.clean);
        if (!doc.people.some((q) => q.name === l.clean)) doc.people.push({ name: l.clean, role: r.role, organisation: r.organisation, passage: passageOf(l), rolePassage: passageOf(next) });
      }
    }
    if (!claimed.has(l.n)) runningTextPeople(l, doc);
  }
}

const NAME = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?(?:\\s+\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?){1,2}";
/** Words after which names follow in running text: "kontakta", "Upplysningar:", "valde", "uppdra till", "med stöd av". */
const CUE_RE = new RegExp(`(?:[Kk]ontakta|[Uu]pplysningar:|[Ff]rågor (?:besvaras av|till)|[Vv]alde|utsåg|[Uu]ppdra(?:r|de|git)?\\s+(?:till|åt)|[Mm]ed stöd av)\\s+(${NAME}(?:\\s+från\\s+[\\p{Lu}][\\p{L}-]+(?:\\s+[\\p{Ll}]*kommunalförbund)?)?(?:\\s+till\\s+(?:ny|nya|nytt)?\\s*(?:vice\\s+)?\\p{Ll}+)?(?:(?:,\\s*|\\s+och\\s+|\\s+eller\\s+)${NAME}(?:\\s+från\\s+[\\p{Lu}][\\p{L}-]+)?(?:\\s+till\\s+(?:ny|nya|nytt)?\\s*(?:vice\\s+)?\\p{Ll}+)?)*)`, "gu");
const ONE_RE = new RegExp(`(${NAME})(?:\\s+från\\s+([\\p{Lu}][\\p{L}-]+(?:\\s+[\\p{Ll}]*kommunalförbund)?))?(?:\\s+till\\s+(?:ny|nya|nytt)?\\s*((?:vice\\s+)?[\\p{Ll}]+))?`, "gu");

/**
 * People in running text, where the sentence says who they are: after a cue ("Kontakta Thomas
 * Jungbeck eller Pär Levander", "Upplysningar: Thomas Jungbeck", "Stämman valde Axel Josefson från
 * GR till ny ordförande och Malin Carlsson från Boråsregionen till ny vice ordförande"), a name
 * with a role after a comma ("Sverker Andersson, processledare VästKom och Pettri Lackéus,
 * regionutvecklare Västra Götalandsregionen") or a name "från" an organisation.
 */
function runningTextPeople(l: Line, doc: ParsedDocument) {
  const add = (name: string, organisation?: string, role?: string) => {
    if (!isPersonName(name) || doc.people.some((q) => q.name === name || q.name.includes(name))) return;
    doc.people.push({ name, ...(organisation ? { organisation } : {}), ...(role ? { role } : {}), passage: passageOf(l) });
  };
  // "Name, role Org" inside a sentence (first: a cue below would add the name without its role).
  for (const m of l.clean.matchAll(new RegExp(`(?<![\\p{L}])(${NAME}),\\s+([\\p{Ll}][^,.;]{2,80}?)(?=\\s+(?:och|samt)\\s+\\p{Lu}|\\s+(?:höll|har|som|är|var)\\s|[,.;]|$)`, "gu"))) {
    if (!isRoleLine(m[2]!.trim())) continue;
    const r = roleOf(m[2]!.trim());
    add(m[1]!, r.organisation, r.role);
  }
  for (const cue of l.clean.matchAll(CUE_RE)) {
    for (const m of cue[1]!.matchAll(ONE_RE)) add(m[1]!, m[2], m[3] && ROLE_WORD_RE.test(m[3]) ? m[3] : undefined);
  }
  // "Name från Org" where the organisation is one the text names as such ("Katarina Jonsson från Skaraborg").
  for (const m of l.clean.matchAll(new RegExp(`(?<![\\p{L}])(${NAME})\\s+från\\s+(GR|VGR|VästKom|[\\p{Lu}][\\p{Ll}]+(?:regionen|bodal|borg|härad))(?![\\p{L}])`, "gu"))) add(m[1]!, m[2]);
}
