/** Meetings a document only mentions: attachment lines, "SRO september:", a named meeting with a day. */
import { describe, expect, it } from "vitest";
import { findMentionedMeetings } from "../../../src/import/parse/mentioned-meetings.js";

const lines = (...texts: string[]) => texts.map((t, i) => ({ n: i + 1, raw: t, clean: t.replace(/^[-•➤]\s+/, "") }));

describe("findMentionedMeetings", () => {
  it("reads earlier notes listed as attachments, with a four- or two-digit year, and cuts the forum's name", () => {
    const found = findMentionedMeetings(lines("➤ 2023-10-05 Mötesanteckning VVG.pdf", "- 23-12-14 Mötesanteckning - Arbetsgrupp för läkemedel besök av referensgruppen"), "2024-01-20");
    expect(found.map((m) => [m.forum, m.date, m.yearFromContext])).toEqual([
      ["VVG", "2023-10-05", false],
      ["Arbetsgrupp för läkemedel", "2023-12-14", false],
    ]);
    expect(found[0]!.passage).toEqual({ quote: "2023-10-05 Mötesanteckning VVG.pdf", line: 1 });
  });

  it("a forum and a month take the document's year only when that is not before the document", () => {
    expect(findMentionedMeetings(lines("SRO oktober: Uppföljning av avtalet"), "2023-03-02").map((m) => [m.forum, m.month, m.date, m.yearFromContext])).toEqual([["SRO", "2023-10", undefined, true]]);
    // February before a March document: the year is not given, so nothing is proposed.
    expect(findMentionedMeetings(lines("SRO februari: Uppföljning"), "2023-03-02")).toEqual([]);
    expect(findMentionedMeetings(lines("SRO oktober: Uppföljning"), undefined)).toEqual([]);
  });

  it("a named meeting of the document's own forum with day, month and clock times", () => {
    const [m] = findMentionedMeetings(lines("7. Planeringsmöte den 3 oktober klockan 10.00-12.30"), "2023-06-01");
    expect(m!.forum).toBeUndefined();
    expect(m).toMatchObject({ date: "2023-10-03", month: "2023-10", named: "Planeringsmöte", startTime: "10:00", endTime: "12:30", yearFromContext: true });
    expect(m!.passage.quote).toBe("Planeringsmöte den 3 oktober klockan 10.00-12.30");
    const withYear = findMentionedMeetings(lines("Uppstartsmöte 3 oktober 2022"), "2023-06-01");
    expect(withYear.map((x) => [x.date, x.yearFromContext])).toEqual([["2022-10-03", false]]);
  });

  it("ignores an impossible date and a line that only names the document itself", () => {
    expect(findMentionedMeetings(lines("2023-02-30 Mötesanteckning SRO.pdf", "Mötesanteckning SRO", "Datum: 30 januari 2025"), "2025-01-30")).toEqual([]);
  });
});
