/**
 * Extracted text → the normalised text that is stored in SOURCES_DIR and quoted. Only whole
 * lines are removed (site boilerplate) and line ends unified; nothing inside a line is changed,
 * so every quote taken from it is verbatim. A corpus-style header (URL:, TITLE:, KIND:, DATE:)
 * becomes metadata.
 */
export interface HeaderMetadata {
  url?: string;
  title?: string;
  kind?: string;
  date?: string;
}

export interface NormalisedText {
  text: string;
  header: HeaderMetadata;
  /** Boilerplate lines dropped, for the report. */
  dropped: string[];
  /** "Publicerad" date and "N av M" of a regionfullmaktige.nu footer, before it is dropped. */
  published?: string;
}

const BOILERPLATE: RegExp[] = [
  /webbläsare/i, // browser-support notice (all variants)
  /^hoppa (direkt )?till (sidans )?(huvud)?innehåll/i,
  /^till huvudinnehåll|^skip to (main )?content/i,
  /^meny$/i,
  /^(NaN:NaN|\d{2}:\d{2})( \/ (NaN:NaN|\d{2}:\d{2}))?$/, // media-player counters
  /^hover image$/i,
  /(cookies|kakor)\b.*(webbplats|godkänn|accept)|^(godkänn|acceptera) (alla )?(cookies|kakor)/i,
  /^senast publicerad$/i,
];

/** VästKom's slogan paragraphs at the top of its pages. */
const VASTKOM_SLOGANS = [/^VästKom arbetar på regional nivå/, /^VästKom samlar länets kommuner/, /^För invånarna i Västra Götalands 49 kommuner skapar VästKom/];

export function normaliseText(raw: string): NormalisedText {
  let lines = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n").map((l) => l.replace(/[ \t\u00a0]+$/, ""));
  const header: HeaderMetadata = {};
  while (lines.length && /^(URL|TITLE|KIND|DATE): ?/.test(lines[0]!)) {
    const [, key, value] = /^(URL|TITLE|KIND|DATE): ?(.*)$/.exec(lines.shift()!)!;
    const v = value!.trim();
    if (key === "URL") header.url = v;
    if (key === "TITLE") header.title = v;
    if (key === "KIND") header.kind = v;
    if (key === "DATE" && /^\d{4}-\d{2}-\d{2}$/.test(v)) header.date = v;
  }
  const dropped: string[] = [];
  let published: string | undefined;
  // regionfullmaktige.nu footer: "Program", "N av M", "Publicerad", weekday + date, meeting name.
  const programAt = lines.findIndex((l, i) => l.trim() === "Program" && /^\d+ av \d+$/.test(lines[i + 1]?.trim() ?? "") && lines[i + 2]?.trim() === "Publicerad");
  if (programAt >= 0) {
    published = lines[programAt + 3]?.trim();
    dropped.push(...lines.slice(programAt - 1));
    lines = lines.slice(0, Math.max(0, programAt - 1));
  }
  // "Publicerad: Uppdaterad:" (newer vardsamverkan.se pages), usually with both values empty.
  lines = lines.filter((line) => {
    const m = /^\s*Publicerad:\s*(\d{4}-\d{2}-\d{2})?\s*(Uppdaterad:\s*(\d{4}-\d{2}-\d{2})?)?\s*$/.exec(line);
    if (!m) return true;
    published ??= m[1];
    dropped.push(line.trim());
    return false;
  });
  lines = lines.filter((line) => {
    const t = line.trim();
    const boiler = t.length > 0 && (BOILERPLATE.some((re) => re.test(t)) || VASTKOM_SLOGANS.some((re) => re.test(t)));
    if (boiler) dropped.push(t);
    return !boiler;
  });
  const text = lines.join("\n").replace(/\n{3,}/g, "\n\n").replace(/^\n+|\s+$/g, "") + "\n";
  return { text, header, dropped, published };
}
