/**
 * Lists of people as notes write them after a label: "Name, Org", "Name Org", "Name (S), Org",
 * two or more joined by commas or "och", organisations in parentheses, titles before the
 * organisation ("direktör VästKom"). Hand-written: the shapes are this domain's.
 */
import type { Passage, PersonMention } from "./parsed-document.js";

const WORD = "[A-ZÅÄÖÉÜ][\\p{Ll}'’]+(?:-[A-ZÅÄÖÉÜ]?[\\p{Ll}'’]+)*";
const NAME_RE = new RegExp(`^${WORD}(?:\\s+${WORD}){1,3}$`, "u");

/** Organisation names and short names seen next to people (not an exhaustive register). */
const ORG_RE =
  /^(VGR|VGK|VästKom|Västkom|SKR|SSN|GR|Västra Götalandsregionen|Region \p{Lu}\p{Ll}+|\p{L}*regionen|\p{L}*[Kk]ommunalförbund(et)?|\p{L}+s [Kk]ommunalförbund(et)?|\p{L}+ kommun|\p{L}+ [Ss]tad|Göteborgs [Ss]tad|Fyrbodal|Skaraborg|Sjuhärad|NU-sjukvården|Koncernkontoret|Länsstyrelsen|Folkhälsomyndigheten|Socialstyrelsen|Chalmers)$/u;

/** A word that names a body, not a person: "Primärvården", "Kommun", "Sjukhus", "NU-sjukvården". */
const BODY_WORD_RE = /^(?:\p{Lu}[\p{L}-]*(?:vården|sjukvården|sjukhuset|sjukhus|Sjukhus|kommun|Kommun|kontoret|centralen)|Kommun|Sjukhus|Primärvården|Närhälsan)$/u;

export function isOrganisationText(text: string): boolean {
  const t = text.trim();
  if (BODY_WORD_RE.test(t)) return true;
  // "Skaraborgs Sjukhus", "Tibro kommun": a genitive or place and a body word.
  if (/^\p{Lu}\p{L}+\s+(?:Sjukhus|sjukhus|Kommun|kommun|Vårdcentral|vårdcentral)$/u.test(t)) return true;
  return ORG_RE.test(t) || /(nämnden|styrelsen|förbundet|förvaltning(en)?)$/i.test(t) || /^(strategiska|regionstyrelsen|regionfullmäktige)/i.test(t);
}

/** A title first ("Enhetschef Välfärdsutveckling", "Processledare Vård") is a role, not a name. */
const ROLE_FIRST_RE = /^(?:Ordförande|Vice|Ledamot|Ersättare|Processledare|Projektledare|Delprojektledare|Samordnare|Länssamordnare|Enhetschef|Avdelningschef|Verksamhetschef|Direktör|Förbundsdirektör|Kommundirektör|Regiondirektör|Utvecklingsledare|Koordinator|Sekreterare|Handläggare|Kommunikatör|Strateg|Utredare|Tjänsteperson|Regionutvecklare|Kommunalråd|Regionråd|Jurist|Chef|Kontakt\w*|Telefon\w*|Mer|Läs|Senast)\b/;

export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (!NAME_RE.test(t) || isOrganisationText(t)) return false;
  if (ROLE_FIRST_RE.test(t)) return false;
  return !t.split(/\s+/).some((w) => isOrganisationText(w) || /^(Region|Kommun|Vårdsamverkan|Hälso|Mötet|Dagens|Information|Remiss|Ställningstagande|Föredragande)/.test(w));
}

/** Swedish party labels as written after a name: "(S)", "(m)", "(KD)". */
const PARTY_RE = /^(s|m|c|v|l|kd|mp|sd|fp)$/i;

/** Splits on commas, semicolons and "och"/"samt" (not the "och" inside "Hälso- och sjukvård"). */
function segments(text: string): string[] {
  return text
    .replace(/\*\*/g, "")
    .split(/\s*[,;]\s*|(?<!-)\s+(?:och|samt)\s+/)
    .map((s) => s.trim().replace(/^(och|samt)\s+/, "").replace(/[.:]$/, "").trim())
    .filter(Boolean);
}

/** "Jan Kilhamn VGR" → name + organisation; "Adam Johansson (M) Skaraborg" → name, party, org. */
function splitNameSegment(segment: string): { name: string; party?: string; rest?: string } | undefined {
  const paren = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(segment);
  if (paren) {
    const [, before, inside, after] = paren;
    const inner = splitNameSegment(before!);
    if (!inner) return undefined;
    if (PARTY_RE.test(inside!)) return { name: inner.name, party: inside, rest: [inner.rest, after].filter(Boolean).join(", ") || undefined };
    return { name: inner.name, party: inner.party, rest: [inner.rest, inside, after].filter(Boolean).join(", ") || undefined };
  }
  if (isPersonName(segment)) return { name: segment };
  const words = segment.split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 2; n--) {
    const name = words.slice(0, n).join(" ");
    const rest = words.slice(n).join(" ");
    if (isPersonName(name) && (isOrganisationText(rest) || /^\p{Ll}/u.test(rest) || isOrganisationText(words.at(-1)!) || isOrganisationText(words[n]!))) return { name, rest };
  }
  return undefined;
}

/** Title + organisation from the words after a name: "direktör VästKom" → title, org. */
function describe(rest: string, person: PersonMention) {
  const t = rest.trim();
  if (!t) return;
  if (isOrganisationText(t)) {
    person.organisation ??= t;
    return;
  }
  const words = t.split(/\s+/);
  for (let n = 1; n < words.length; n++) {
    const tail = words.slice(n).join(" ");
    if (isOrganisationText(tail)) {
      person.title ??= words.slice(0, n).join(" ");
      person.organisation ??= tail;
      return;
    }
  }
  if (/^\p{Lu}/u.test(t) && !person.organisation && !/^(Ordförande|Vice|Förbundsdirektör|Direktör)/.test(t)) person.organisation = t;
  else person.title = person.title ? `${person.title}, ${t}` : t;
}

/** People in a label's text. Segments that are not a person or describe none are returned as unread. */
export function parsePeople(text: string, passage: Passage): { people: PersonMention[]; unread: string[] } {
  const people: PersonMention[] = [];
  const unread: string[] = [];
  for (const segment of segments(text)) {
    const split = splitNameSegment(segment);
    if (split) {
      const person: PersonMention = { name: split.name, passage };
      if (split.party) person.party = split.party;
      if (split.rest) for (const part of segments(split.rest)) describe(part, person);
      people.push(person);
      continue;
    }
    const last = people.at(-1);
    if (last) describe(segment, last);
    else unread.push(segment);
  }
  return { people, unread };
}
