/**
 * Agreements a page names, with what the page says about their version and validity:
 * - named on a line of their own (a heading, a paragraph, a link title: "Överenskommelse - X",
 *   "Förslag Hälso- och sjukvårdsavtal med tillhörande överenskommelser, PDF");
 * - the Hälso- och sjukvårdsavtal anywhere, with its version words ("Förslag till nytt ...",
 *   "Revidering av ...", "... 2017-2020", "... 2012-2016.pdf", "..._2017_beslut.pdf");
 * - an agreement title inside a sentence ("... två underavtal - Överenskommelse om X och Ramavtal om Y");
 * - validity ("träder i kraft den 1 april 2017", "från den 1 april 2017 till den 31 december
 *   2020", "gäller 2018-2020", "förlängt ... som längst till och med 2024"), parts ("huvudavtal
 *   med två underavtal", "Till ... finns underavtal;"), an annex ("är en bilaga till ..."),
 *   parties ("Avtalsparter ... är ... kommunerna ... och Västra Götalandsregionen") and the
 *   place in the lineage ("det femte Hälso- och sjukvårdsavtalet ... sedan regionbildningen 1999").
 * Conditional or proposed validity ("om avtalet godkänns ... föreslås börja gälla") is not read
 * as validity. Which agreement in the graph a mention is, is decided in resolve/agreement-versions.ts.
 */
import { findDates, findPeriods, findYearRanges } from "./dates.js";
import { passageOf, sentencesOf, type Line } from "./lines.js";
import type { YearContext } from "./page-date.js";
import type { Passage } from "./parsed-document.js";

export type AgreementKind = "HEALTHCARE_AGREEMENT" | "OVERENSKOMMELSE" | "RAMAVTAL" | "RIKTLINJE" | "SAMVERKANSAVTAL" | "HANDLINGSPLAN" | "INRIKTNINGSDOKUMENT";
export type VersionWord = "proposal" | "revision" | "plain";

export interface DatePart {
  value: string;
  precision: "DAY" | "MONTH" | "YEAR";
}

export interface AgreementMention {
  /** The name as written, without version words and file suffixes. */
  name: string;
  /** The whole mention as written ("Förslag till nytt Hälso- och sjukvårdsavtal"). */
  text: string;
  kind: AgreementKind;
  version: VersionWord;
  /** A period written in the name itself ("2017-2020", "2012-2016.pdf"). */
  period?: { from: number; to: number };
  /** A single year written with the name ("..._2017_beslut.pdf"). */
  year?: number;
  /** The date of the sentence that names it, or of the page: what "nytt" or "förslag" is relative to. */
  when?: { value: string; because?: string };
  passage: Passage;
  ownLine: boolean;
  /** The words just before the mention in its sentence ("nuvarande", "översyn av"). */
  before?: string;
  /** A document the graph knows, named by a whole name (added in the propose stage). */
  graphId?: string;
  /** Named as what a decision approves ("godkänner överenskommelse ... om ..."). */
  decided?: boolean;
  validFrom?: DatePart;
  validTo?: DatePart;
  extendedUntil?: DatePart;
  validityPassage?: Passage;
  /** Ordinal place in the lineage, as written: "det femte Hälso- och sjukvårdsavtalet ... sedan regionbildningen 1999". */
  lineage?: { text: string; passage: Passage };
  /** Index (in the mention list) of the agreement this one is an underavtal of, or an annex (bilaga) of. */
  partOf?: { of: number; passage: Passage; annex?: boolean };
  /** "Avtalsparter ... kommunerna ... och Västra Götalandsregionen". */
  parties?: { municipalities: boolean; region: boolean; passage: Passage };
}

const KIND_OF: [RegExp, AgreementKind][] = [
  [/^hälso-\s?och sjukvårdsavtal|^hos-avtal/i, "HEALTHCARE_AGREEMENT"],
  [/^överenskommelse/i, "OVERENSKOMMELSE"],
  [/^ramavtal/i, "RAMAVTAL"],
  [/^riktlinje/i, "RIKTLINJE"],
  [/^samverkansavtal|^samarbetsavtal/i, "SAMVERKANSAVTAL"],
  [/^handlingsplan/i, "HANDLINGSPLAN"],
  [/^inriktningsdokument/i, "INRIKTNINGSDOKUMENT"],
];
const kindOf = (name: string) => KIND_OF.find(([re]) => re.test(name))?.[1];

const HOS_RE =
  /(?:\b(Förslag(?:et)?(?: till| på)?|Revidering av|[Rr]eviderat|[Rr]eviderade)(?:\s+och\s+\p{L}+)?\s+)?(?:\b([Nn]ytt|[Nn]ya|[Nn]y)\s+)?\b([Hh]älso-\s?och sjukvårdsavtal(?:et|ets)?|HoS[- ]avtal(?:et)?)(?:\s+(?:med tillhörande överenskommelser|med underavtal(?:\/överenskommelser)?|samt underavtal))?(?:,?\s+(?:i\s+)?Västra Götaland(?:s län)?)?(?:,?\s+((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2}))?(?:[\s_]((?:19|20)\d{2})(?:_\w+)?)?(?:\.pdf)?/gu;
/** A title inside a sentence: "Överenskommelse om X", up to the next title, a comma, "samt" or the end of the sentence. */
const TITLE_IN_SENTENCE_RE = /(?<![\p{L}])(Överenskommelse|Ramavtal|Riktlinje|Samverkansavtal)\s+(om|kring|för|mellan)\s+(.+?)(?=,|;|\s+och\s+(?:Överenskommelse|Ramavtal|Riktlinje|Samverkansavtal)(?![\p{L}])|\s+samt\s+|\.(?:\s|$)|$)/gu;
/** A heading, paragraph or link title that is an agreement's name. */
const OWN_LINE_RE = /^(Överenskommelse|Riktlinje|Ramavtal|Samverkansavtal)\s*[-–]\s*(.+?)(?:,\s*(?:SRO|VVG)\s+\d{4}-\d{2}-\d{2})?(?:,\s*(?:PDF|PPT|PowerPoint))?$/i;
const OWN_PHRASE_RE = /^(Överenskommelse|Riktlinje|Ramavtal|Samverkansavtal) (om|för|mellan|kring) .{10,}$|^(Överenskommelse|Samverkansavtal|Riktlinje|Ramavtal) \p{Lu}.{8,}$/iu;

const CONDITIONAL_RE = /^(?:om|förutsatt att|när)\b|\bom (?:det|avtalet|förslaget)\b.*\bgodkänns|\b(?:föreslås|väntas|planeras|beräknas|ska)\b[^.]*\bgälla/i;

function versionOf(words: string): VersionWord {
  if (/revider/i.test(words)) return "revision";
  if (/förslag|^n(y|ytt|ya)$|\bn(y|ytt|ya)\b|remiss/i.test(words)) return "proposal";
  return "plain";
}

function dayPart(d: { value: string; precision: string }): DatePart | undefined {
  if (d.precision === "DAY") return { value: d.value, precision: "DAY" };
  if (d.precision === "MONTH") return { value: `${d.value}-01`, precision: "MONTH" };
  return undefined;
}

/** Every agreement mention on the page, then the validity, parts, parties and lineage the page states about them. */
export function findAgreementMentions(lines: Line[], years: YearContext | undefined): AgreementMention[] {
  const out: AgreementMention[] = [];
  const add = (m: AgreementMention) => {
    if (out.some((o) => o.passage.line === m.passage.line && o.text === m.text)) return;
    out.push(m);
  };
  for (const l of lines) {
    const text = l.clean;
    if (!text) continue;
    const sentences = sentencesOf(text);
    const sentenceAt = (index: number) => sentences.filter((s) => s.index <= index).at(-1)?.text ?? text;
    const whenOf = (index: number) => {
      // "Under hösten 2021 är förslaget ... ute på remiss": a season or a year is time enough for a version.
      const dated = findDates(sentenceAt(index), years?.year, years?.latest).find((d) => d.value);
      return dated ? { value: dated.value, ...(dated.yearFromContext ? { because: years?.because } : {}) } : undefined;
    };
    const ownLine = text.length <= 160 && !/[.:]$/.test(text);
    for (const m of text.matchAll(HOS_RE)) {
      const sentence = sentences.filter((x) => x.index <= m.index).at(-1) ?? { text, index: 0 };
      const before = text.slice(sentence.index, m.index);
      // "bakom förslagen av Färdplan ... och Hälso- och sjukvårdsavtalet": the version word governs a list.
      const listed = /förslag\w*\s+(?:till|av|på)\s+[^.;:]{0,140}$/i.test(before) ? "förslag" : "";
      const period = m[4] && m[5] ? { from: Number(m[4]), to: Number(m[5]) } : undefined;
      const lead = text.slice(Math.max(0, m.index - 30), m.index);
      // "Uppföljning hälso- och sjukvårdsavtal 2020", "för det reviderade hälso- och sjukvårdsavtalet": another document.
      if (/(uppföljning|implementeringsplan|uppdragshandling|presentation\w*|stödmaterial|för det|till det)\s+$/i.test(lead) && !/^\s*$/.test(lead)) continue;
      add({
        name: m[3]!.replace(/et$|ets$/, ""),
        text: m[0].trim(),
        kind: "HEALTHCARE_AGREEMENT",
        version: versionOf(`${m[1] ?? ""} ${m[2] ?? ""} ${listed}`),
        before: before.slice(-40),
        ...(period ? { period } : {}),
        ...(m[6] ? { year: Number(m[6]) } : {}),
        ...(whenOf(m.index) ? { when: whenOf(m.index) } : {}),
        passage: passageOf(l, ownLine ? undefined : sentenceAt(m.index)),
        ownLine: ownLine && m[0].trim().length >= text.replace(/,\s*(PDF|PPT|PowerPoint)$/i, "").length - 12,
      });
    }
    // An agenda item's title is a line of its own too: "13. Överenskommelse mellan ... om ...".
    const bare = text.replace(/^\d{1,2}\.\s+/, "").replace(/\s*\(dag \d+\)$/, "");
    const own = OWN_LINE_RE.exec(bare);
    const phrase = !own && ownLine && OWN_PHRASE_RE.test(bare) ? bare.replace(/,\s*(PDF|PPT|PowerPoint)$/i, "").trim() : undefined;
    const ownName = own ? own[2]!.trim() : phrase;
    // "Överenskommelse mellan Västra Götalands kommuner och Västra Götalandsregionen": parties only, no name.
    const partiesOnly = !!ownName && /^\S+ mellan .+ och .+$/i.test(ownName) && !/\b(om|kring|för|avseende|rörande)\b/i.test(ownName.replace(/^\S+ mellan /i, ""));
    if (ownName && ownName.length >= 8 && !partiesOnly && !/hälso-\s?och sjukvårdsavtal/i.test(ownName.slice(0, 30))) {
      const kind = kindOf(own ? own[1]! : ownName) ?? "OVERENSKOMMELSE";
      const years2 = findYearRanges(ownName)[0];
      add({ name: ownName, text: bare, kind, version: versionOf(ownName.split(/\s+/).slice(0, 2).join(" ")), ...(years2 ? { period: { from: years2.from, to: years2.to } } : {}), passage: passageOf(l), ownLine: true });
      continue;
    }
    // "Ett förslag till handlingsplan för suicidprevention i Västra Götaland": a new document, lower case after "förslag till".
    for (const m of text.matchAll(/(?<![\p{L}])(?:förslag(?:et)? till|ett nytt|en ny|nytt|ny)\s+(?:en\s+|ny\s+|nytt\s+)?(handlingsplan|överenskommelse|riktlinje|samverkansavtal|samarbetsavtal|ramavtal)\s+(för|om|kring)\s+(.+?)(?=,|;|!|\s+har\s|\s+samt\s|\s+kommer\s|\s+ska\s|\s+startar|\.(?:\s|$)|$)/giu)) {
      const name = `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1)} ${m[2]} ${m[3]}`.replace(/\s+/g, " ").trim();
      if (name.length >= 20) add({ name, text: `${m[1]} ${m[2]} ${m[3]}`, kind: kindOf(name)!, version: "proposal", passage: passageOf(l, sentenceAt(m.index)), ownLine: false, before: text.slice(Math.max(0, m.index - 40), m.index), ...(whenOf(m.index) ? { when: whenOf(m.index) } : {}) });
    }
    // Approved in a decision, in lower case: "godkänner överenskommelse och riktlinje om samverkan vid in- och utskrivning ...".
    for (const m of text.matchAll(/\b(?:godkän\w*|ställ\w* sig bakom|anta\w*|beslut\w* om)\s+(?:den\s+|det\s+)?(överenskommelse|riktlinje|samverkansavtal|ramavtal)(?:n|t|et)?(?:\s+och\s+(överenskommelse|riktlinje)(?:n)?)?\s+(om|kring|för)\s+(.+?)(?=,|;|\.(?:\s|$)|$)/giu)) {
      for (const kindWord of [m[1]!, m[2]].filter((x): x is string => !!x)) {
        const name = `${kindWord.charAt(0).toUpperCase()}${kindWord.slice(1)} ${m[3]} ${m[4]}`.replace(/\s+/g, " ").trim();
        add({ name, text: name, kind: kindOf(name)!, version: "plain", decided: true, passage: passageOf(l, sentenceAt(m.index)), ownLine: false, before: text.slice(Math.max(0, m.index - 40), m.index), ...(whenOf(m.index) ? { when: whenOf(m.index) } : {}) });
      }
    }
    // "en Skaraborgsgemensam överenskommelse kallad ”Vi bygger starka kedjor”": a name in quotation marks.
    for (const m of text.matchAll(/(?<![\p{L}])(överenskommelse|avtal|handlingsplan|riktlinje|samverkansavtal)\p{L}*(?:\s+[\p{L}-]+){0,8}?\s+(?:kallas|kallad|kallat|heter|benämnd|med namnet)\s+[”"“]([^”"“]{4,80})[”"“]/giu)) {
      const name = m[2]!.trim();
      add({ name, text: name, kind: kindOf(m[1]!) ?? "OVERENSKOMMELSE", version: "plain", passage: passageOf(l, sentenceAt(m.index)), ownLine: true, before: "" });
    }
    for (const m of text.matchAll(TITLE_IN_SENTENCE_RE)) {
      const name = `${m[1]} ${m[2]} ${m[3]}`.replace(/\s+/g, " ").trim();
      if (m[2] === "mellan" && !/\b(om|kring|för|avseende|rörande)\b/i.test(m[3]!)) continue;
      if (name.length < 20 || /hälso-\s?och sjukvårdsavtal/i.test(m[3]!.slice(0, 25))) continue;
      add({ name, text: name, kind: kindOf(name)!, version: "plain", passage: passageOf(l, sentenceAt(m.index)), ownLine: false, before: text.slice(Math.max(0, m.index - 40), m.index), ...(whenOf(m.index) ? { when: whenOf(m.index) } : {}) });
    }
  }
  return out;
}

/**
 * Validity, parts, annex, parties and lineage, sentence by sentence, attached to the mention they
 * are about. `mentions` are in line order and may include documents the graph knows (found by name).
 */
export function attachStatements(lines: Line[], mentions: AgreementMention[], years: YearContext | undefined) {
  const onLine = (n: number) => mentions.filter((m) => m.passage.line === n);
  const lastBefore = (n: number, kind?: AgreementKind) => mentions.filter((m) => m.passage.line <= n && (!kind || m.kind === kind)).at(-1);
  const hos = (n: number) => mentions.filter((m) => m.kind === "HEALTHCARE_AGREEMENT" && m.passage.line <= n).at(-1);
  for (const l of lines) {
    for (const s of sentencesOf(l.clean)) {
      const here = onLine(l.n).filter((m) => s.text.includes(m.text) || s.text.includes(m.name));
      const passage = passageOf(l, s.text);
      // Parts: "huvudavtal med två underavtal - X och Y", "Till det nya Hälso- och sjukvårdsavtalets finns
      // underavtal; X samt Y", "Till avtalet hör fyra särskilda överenskommelser" followed by one title per line.
      if (/underavtal|till avtalet hör|hör till avtalet/i.test(s.text)) {
        const main = here.find((m) => m.kind === "HEALTHCARE_AGREEMENT") ?? hos(l.n);
        const parts = here.filter((m) => m !== main && m.kind !== "HEALTHCARE_AGREEMENT");
        const following: AgreementMention[] = [];
        if (!parts.length) {
          for (let n = l.n + 1; n <= l.n + 12; n++) {
            const line = lines[n - 1];
            if (!line || !line.clean) continue;
            const listed = onLine(n).filter((m) => m.kind !== "HEALTHCARE_AGREEMENT");
            if (!listed.length) break;
            following.push(...listed);
          }
        }
        if (main) for (const p of [...parts, ...following]) p.partOf ??= { of: mentions.indexOf(main), passage };
      }
      const annex = /(?<![\p{L}])är en bilaga till\b/iu.exec(s.text);
      if (annex) {
        const target = here.find((m) => s.text.indexOf(m.text) > annex.index);
        const subject = mentions.find((m) => m.ownLine && m !== target) ?? lastBefore(l.n - 1);
        if (target && subject) subject.partOf ??= { of: mentions.indexOf(target), passage, annex: true };
      }
      if (/\bavtalsparter\b/i.test(s.text)) {
        const subject = here[0] ?? lastBefore(l.n);
        if (subject) subject.parties = { municipalities: /kommun/i.test(s.text), region: /Västra Götalandsregionen|\bVGR\b|regionen/i.test(s.text), passage };
      }
      const ordinal = /\b(?:det|är det)\s+(första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)\s+[\p{L}\- ]*?avtalet\b.*?\bsedan\s+(?:regionbildningen\s+)?((?:19|20)\d{2})/iu.exec(s.text);
      if (ordinal) {
        const subject = here.find((m) => m.kind === "HEALTHCARE_AGREEMENT") ?? hos(l.n);
        if (subject) subject.lineage = { text: `${ordinal[1]} avtalet sedan ${/regionbildningen/i.test(ordinal[0]) ? "regionbildningen " : ""}${ordinal[2]}`, passage };
      }
      readValidity(s.text, passage, here.length ? here : subjectOf(s.text, l.n, mentions), years);
    }
  }
}

/** "Avtalet", "huvudavtalet och underavtalen", "Handlingsplanen", "Nuvarande inriktningsdokument": what a sentence without a name is about. */
function subjectOf(sentence: string, line: number, mentions: AgreementMention[]): AgreementMention[] {
  const before = mentions.filter((m) => m.passage.line <= line);
  if (/underavtalen/i.test(sentence) && /huvudavtalet/i.test(sentence)) {
    const main = before.filter((m) => m.kind === "HEALTHCARE_AGREEMENT").at(-1);
    return main ? [main, ...mentions.filter((m) => m.partOf && mentions[m.partOf.of] === main)] : [];
  }
  const noun = /(?<![\p{L}])(Avtalet|avtalet|huvudavtalet|[Aa]vtalsperioden|[Aa]vtalstiden|Överenskommelsen|överenskommelsen|Handlingsplanen|handlingsplanen|[Ii]nriktningsdokument(?:et)?|Riktlinjen|riktlinjen)(?![\p{L}])/u.exec(sentence);
  if (!noun || noun.index > 40) return [];
  const kind: AgreementKind | undefined = /avtal/i.test(noun[1]!) ? undefined : /överens/i.test(noun[1]!) ? "OVERENSKOMMELSE" : /handlings/i.test(noun[1]!) ? "HANDLINGSPLAN" : /inriktning/i.test(noun[1]!) ? "INRIKTNINGSDOKUMENT" : "RIKTLINJE";
  const found = before.filter((m) => !kind || m.kind === kind).at(-1) ?? (kind === "HANDLINGSPLAN" || kind === "INRIKTNINGSDOKUMENT" ? undefined : before.at(-1));
  return found ? [found] : [];
}

function readValidity(sentence: string, passage: Passage, subjects: AgreementMention[], years: YearContext | undefined) {
  if (!subjects.length || CONDITIONAL_RE.test(sentence)) return;
  const set = (key: "validFrom" | "validTo" | "extendedUntil", v: DatePart | undefined) => {
    if (!v) return;
    for (const s of subjects) if (!s[key]) Object.assign(s, { [key]: v, validityPassage: passage });
  };
  const period = findPeriods(sentence, years?.year, years?.latest)[0];
  if (period && /avtalsperiod|gäller|giltig|löper/i.test(sentence) && !/förläng/i.test(sentence)) {
    set("validFrom", dayPart(period.from));
    set("validTo", dayPart(period.to));
    return;
  }
  const dates = findDates(sentence, years?.year, years?.latest).filter((d) => d.value);
  const after = (re: RegExp) => {
    const m = re.exec(sentence);
    return m ? dates.find((d) => d.index >= m.index + m[0].length - 1 && d.index - (m.index + m[0].length) < 12) : undefined;
  };
  const extended = /förläng\w*\b.*?(?:som längst\s+)?(?:till och med|t\.o\.m\.?|till)\s+(?:den\s+)?((?:19|20)\d{2})(?![-\d])/i.exec(sentence);
  if (/förläng/i.test(sentence)) {
    const day = after(/förläng\w*\b.*?(?:till och med|t\.o\.m\.?|till)\s+(?:den\s+)?/i);
    if (day) set("extendedUntil", dayPart(day));
    else if (extended) set("extendedUntil", { value: `${extended[1]}-12-31`, precision: "YEAR" });
    return;
  }
  const from = after(/(?:träder i kraft|träda i kraft|börjar gälla|gäller från(?: och med)?|gäller fr\.o\.m\.?|gäller under perioden)\s*(?:den\s+)?/i);
  if (from) set("validFrom", dayPart(from));
  const to = after(/gäller (?:till och med|t\.o\.m\.?|till)\s*(?:den\s+)?/i);
  if (to) set("validTo", dayPart(to));
  const yearRange = /\bgäller\s+((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2})\b/i.exec(sentence);
  if (yearRange && !from && !to) {
    set("validFrom", { value: `${yearRange[1]}-01-01`, precision: "YEAR" });
    set("validTo", { value: `${yearRange[2]}-12-31`, precision: "YEAR" });
  }
}
