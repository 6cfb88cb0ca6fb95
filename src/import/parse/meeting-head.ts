/**
 * The document's own meeting: its forum, date, time and place, from the head of a meeting
 * document ("Datum:", "Tid:", "Plats:", a dated heading, or an intro "vid mötet 19 november"
 * whose year comes from the page's own date line, marked as such).
 */
import { findDates, findTimeRanges } from "./dates.js";
import { passageOf, titleKey, type Line } from "./lines.js";
import type { PageDate, YearContext } from "./page-date.js";
import type { DocumentShape, FoundMeeting } from "./parsed-document.js";

/** Words before a body's name that make it another body: "det delregionala politiska samrådsorganet" is not SRO. */
export const QUALIFIER_BEFORE_RE = /(?:delregional|lokal|närområde|fyrbodal|skaraborg|sjuhärad|boråsregion|älvsborg|göteborgsområde|samla|simba|norra|södra|östra|västra hälso|kommunal)\p{L}*[-\s]+(?:\p{L}+\s+){0,2}$/iu;

/** The forum a text names as a meeting's forum; a qualified name ("delregionala politiska samrådet") names none. */
export function forumOf(text: string): string | undefined {
  const sro = /\bSRO\b|politisk[at]?\s+samrådsorgan/i.exec(text);
  if (sro && (sro[0] === "SRO" || !QUALIFIER_BEFORE_RE.test(text.slice(Math.max(0, sro.index - 40), sro.index)))) return "SRO";
  if (/\bVVG\b|Vårdsamverkan Västra Götaland/i.test(text)) return "VVG";
  if (/Regionfullmäktige/i.test(text)) return "Regionfullmäktige";
  return undefined;
}

/** "Minnesanteckningar från Styrgrupp Vårdsamverkan Skaraborg 20150909": the forum is the words between "från" and the date. */
function notesForum(lines: Line[], title: string | undefined, meeting: FoundMeeting) {
  const m = title ? /^(?:Mötes|Minnes)anteckning(?:ar)?\s+(?:från|för)\s+(.+?)\s+(?:den\s+)?(?:\d{8}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4})\s*$/iu.exec(title) : null;
  if (!m) return;
  const name = m[1]!.trim();
  const want = titleKey(name);
  // The heading may be wrapped over two lines and written in capitals.
  for (let i = 0; i < Math.min(lines.length, 15); i++) {
    const one = titleKey(lines[i]!.clean);
    const two = one + titleKey(lines[i + 1]?.clean ?? "");
    if (one.includes(want)) return Object.assign(meeting, { forum: name, forumPassage: passageOf(lines[i]!) });
    if (two.includes(want) && one.length > 0) return Object.assign(meeting, { forum: name, forumPassage: { quote: `${lines[i]!.raw.trim()}\n${lines[i + 1]!.raw.trim()}`, line: lines[i]!.n } });
  }
}

export interface MeetingHeadContext {
  title?: string;
  given?: string;
  page?: PageDate;
  years?: YearContext;
}

export function readMeetingHead(lines: Line[], shape: DocumentShape, ctx: MeetingHeadContext): FoundMeeting {
  const meeting: FoundMeeting = { datePassages: [] };
  const head = lines.slice(0, 15);
  const forumLine = head.find((l) => forumOf(l.clean)) ?? (ctx.title && forumOf(ctx.title) ? undefined : lines.find((l) => forumOf(l.clean)));
  if (forumLine) {
    meeting.forum = forumOf(forumLine.clean);
    meeting.forumPassage = passageOf(forumLine);
  } else if (ctx.title && forumOf(ctx.title)) meeting.forum = forumOf(ctx.title);
  else if (shape === "meeting-notes") notesForum(lines, ctx.title, meeting);

  const pickDate = (l: Line, withContext: boolean) => {
    const d = findDates(l.clean, withContext ? ctx.years?.year : undefined, ctx.years?.latest).find((x) => x.precision === "DAY" && x.value && (withContext || !x.yearFromContext));
    if (d) {
      meeting.date = d.value;
      meeting.yearFromContext = d.yearFromContext;
      if (d.yearFromContext) meeting.because = ctx.years?.because;
      meeting.datePassages.push(passageOf(l));
    }
    return d;
  };
  const dateLine = lines.find((l) => /^(Datum|Dag):/i.test(l.clean));
  if (dateLine) pickDate(dateLine, false);
  if (!meeting.date && shape !== "page" && shape !== "organisation") {
    // A dated line near the top ("21 maj 2021", "Regionfullmäktige 13-14 juni 2022"), then the intro ("mötet 19 november") with the page's year.
    const dated = head.find((l) => findDates(l.clean).some((d) => d.precision === "DAY" && d.value));
    if (dated) pickDate(dated, false);
    else {
      const intro = lines.find((l) => /(mötet|möte|sammanträdet|SRO den|SRO)\s+(den\s+)?\d{1,2}\s+\p{L}+/iu.test(l.clean));
      if (intro && pickDate(intro, true) && ctx.page?.line) {
        const own = lines.find((l) => l.n === ctx.page!.line);
        if (own) meeting.datePassages.push(passageOf(own));
      }
    }
  }
  if (!meeting.date && ctx.given && (shape === "meeting-summary" || shape === "meeting-notes" || shape === "decision")) {
    meeting.date = ctx.given;
    meeting.yearFromContext = true;
    meeting.because = "Mötets datum står inte i texten; det är dokumentets datum, angivet med dokumentet.";
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
  return meeting;
}
