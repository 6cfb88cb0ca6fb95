/**
 * Meeting schedules ("Mötestider 2018" under a group's heading, then one meeting per line:
 * "30 januari 08:30-12.00" with the venue on the next line, or "• 16 januari kl. 13:00–14:00"
 * under year lines "2025", "2026"): the forum's planned meetings. The forum is the group heading
 * above the schedule, else the page's title; a generic title ("Politisk samrådsgrupp") is
 * qualified by the page's own wording ("SAMLAs politiska samrådsgrupp"), and a schedule of a forum
 * the page does not name unambiguously is listed as unread.
 */
import { findDates } from "./dates.js";
import { passageOf, type Line } from "./lines.js";
import type { YearContext } from "./page-date.js";
import type { Passage, Unread } from "./parsed-document.js";

export interface ScheduledMeeting {
  date: string;
  startTime?: string;
  endTime?: string;
  location?: string;
  passage: Passage;
  locationPassage?: Passage;
}

export interface FoundSchedule {
  forum: string;
  forumPassage: Passage;
  /** The forum's name is qualified by the area in the page's address, not by its text: why. */
  forumBecause?: string;
  meetings: ScheduledMeeting[];
  /** The schedule's year came from the page's date, not from a "Mötestider 2018" heading. */
  because?: string;
}

const HEADING_RE = /^Mötestider(?:\s+för)?(?:\s+((?:19|20)\d{2}))?$/i;
const GENERIC_RE = /^(?:politisk(?:a)? samrådsgrupp(?:en)?|styrgrupp(?:en)?|ledningsgrupp(?:en)?|arbetsgrupp(?:en)?|beredningsgrupp(?:en)?|samrådsgrupp(?:en)?|referensgrupp(?:en)?|delregionalt politiskt samråd|politiskt samråd|arbetsutskott(?:et)?)$/i;
const TIME_RE = /(\d{1,2})[.:](\d{2})\s*[-–]\s*(\d{1,2})[.:](\d{2})/;
const pad = (h: string, m: string) => `${h.padStart(2, "0")}:${m}`;

/** The six delregional vårdsamverkan areas as they appear in vardsamverkan.se addresses. */
const AREAS: [RegExp, string][] = [
  [/\/fyrbodal\//, "Fyrbodal"],
  [/\/samla\//, "SAMLA"],
  [/\/simba\//, "SIMBA"],
  [/\/sodra-alvsborg\//, "Södra Älvsborg"],
  [/\/skaraborg\//, "Skaraborg"],
  [/\/vardsamverkan-i-goteborgsomradet\/|\/goteborg\//, "Göteborgsområdet"],
];

/** The page's own qualified name for a generic group: "SAMLAs politiska samrådsgrupp" for "Politisk samrådsgrupp". */
function qualifiedName(lines: Line[], generic: string): { name: string; passage: Passage } | undefined {
  const head = generic.toLowerCase().split(/\s+/).map((w) => w.slice(0, Math.max(4, w.length - 1)));
  for (const l of lines) {
    const m = new RegExp(`\\b(\\p{Lu}[\\p{L}-]*?)s\\s+(${head.map((w) => `${w}\\p{L}*`).join("\\s+")})`, "u").exec(l.clean);
    if (m && m[1]!.length >= 3) return { name: `${generic} (${m[1]})`, passage: passageOf(l, m[0]) };
  }
  return undefined;
}

export function readSchedules(lines: Line[], title: string, years: YearContext | undefined, unread: Unread[] = [], url?: string): FoundSchedule[] {
  const area = url && /delregionalvardsamverkan/.test(url) ? AREAS.find(([re]) => re.test(url))?.[1] : undefined;
  const out: FoundSchedule[] = [];
  for (let i = 0; i < lines.length; i++) {
    const heading = HEADING_RE.exec(lines[i]!.clean);
    if (!heading) continue;
    let year = heading[1] ? Number(heading[1]) : undefined;
    // The group: a short heading within three lines above ("NO Grupp Kungälv"), else the page's title.
    const above = lines.slice(Math.max(0, i - 3), i).reverse().find((l) => l.clean && l.clean.length <= 60 && !/[.:]$/.test(l.clean) && !HEADING_RE.test(l.clean));
    let forum: { name: string; passage: Passage; because?: string } | undefined = above && !GENERIC_RE.test(above.clean) && !/^\d{4}$/.test(above.clean) ? { name: above.clean, passage: passageOf(above) } : undefined;
    if (!forum) {
      const generic = GENERIC_RE.test(title.trim());
      const own = lines.find((l) => l.clean === title);
      forum = generic ? qualifiedName(lines, title.trim()) : own ? { name: title, passage: passageOf(own) } : undefined;
      // "Styrgrupp" on a page under .../delregionalvardsamverkan/vardsamverkan-i-goteborgsomradet/: the area is in the address only.
      if (!forum && generic && own && area) forum = { name: `${title.trim()} (${area})`, passage: passageOf(own), because: `Sidan kallar gruppen bara "${title.trim()}"; området (${area}) står i sidans adress, inte i texten.` };
    }
    const meetings: ScheduledMeeting[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (!l.clean) continue;
      if (/^(?:19|20)\d{2}$/.test(l.clean)) {
        year = Number(l.clean);
        continue;
      }
      const date = findDates(l.clean, year ?? years?.year, year ? undefined : years?.latest).find((d) => d.precision === "DAY" && d.value && d.index <= 3);
      if (!date) break;
      const time = TIME_RE.exec(l.clean);
      const meeting: ScheduledMeeting = { date: date.value, passage: passageOf(l), ...(time ? { startTime: pad(time[1]!, time[2]!), endTime: pad(time[3]!, time[4]!) } : {}) };
      const next = lines[j + 1];
      if (next?.clean && !findDates(next.clean, 2000).some((d) => d.index <= 3 && d.value) && !HEADING_RE.test(next.clean) && next.clean.length <= 60 && !/^(?:19|20)\d{2}$/.test(next.clean)) {
        if (!/bestäms|meddelas|ej klar|inte klar/i.test(next.clean)) Object.assign(meeting, { location: next.clean, locationPassage: passageOf(next) });
        j++;
      }
      meetings.push(meeting);
    }
    if (!meetings.length) continue;
    if (!forum) {
      unread.push({ line: lines[i]!.n, text: `${lines[i]!.clean} (${meetings.length} möten)`, reason: `mötestider för ett forum som sidan inte namnger entydigt ("${title}")` });
      continue;
    }
    out.push({ forum: forum.name, forumPassage: forum.passage, ...(forum.because ? { forumBecause: forum.because } : {}), meetings, ...(heading[1] || lines.slice(i + 1, j).some((l) => /^(?:19|20)\d{2}$/.test(l.clean)) ? {} : { because: years?.because }) });
    i = j - 1;
  }
  return out;
}
