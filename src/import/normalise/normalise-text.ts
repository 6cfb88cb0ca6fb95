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

const HEADER_RE = /^(URL|TITLE|KIND|DATE):\s?(.*)$/i;

export interface NormalisedText {
  text: string;
  header: HeaderMetadata;
  /** Boilerplate lines dropped, for the report. */
  dropped: string[];
  /** "Publicerad" date and "N av M" of a regionfullmaktige.nu footer, before it is dropped. */
  published?: string;
  /** "Senast uppdaterad: 2019-01-21 16:16" (vardsamverkan.se): when the page was last changed, YYYY-MM-DD. */
  updated?: string;
}

const BOILERPLATE: RegExp[] = [
  /webbläsare/i, // browser-support notice (all variants)
  /^(hoppa|gå) (direkt )?till (sidans )?(huvud)?innehåll/i,
  /^till huvudinnehåll|^skip to (main )?content/i,
  /^meny$/i,
  /^aktuellt startsida$|^slideshow image|^logotyp: gå till .{0,40}startsida$/i, // skaraborg.se / gits.se page furniture
  /^ikon för telefonnummer$|^telefonnummer$/i, // contact card icons without a number
  /^prenumeration$|^önskar du prenumerera|^klicka dig vidare via prenumerationstjänsten/i, // VästKom footer
  /^s ?i ?d ?a ?n \d+ av \d+$/i, // "S I D AN 1 AV 6": page marks of a converted PDF
  /^kommunal samverkan\s+[—–-]\s+regional styrka$/i, // GR's footer slogan
  /^(NaN:NaN|\d{2}:\d{2})( \/ (NaN:NaN|\d{2}:\d{2}))?$/, // media-player counters
  /^hover image$/i,
  /(cookies|kakor)\b.*(webbplats|godkänn|accept)|^(godkänn|acceptera) (alla )?(cookies|kakor)/i,
  /^senast publicerad$/i,
];

/** VästKom's slogan paragraphs at the top of its pages (the corpus's rewordings and the real ones). */
const VASTKOM_SLOGANS = [
  /^VästKom arbetar på regional nivå/,
  /^VästKom samlar länets kommuner/,
  /^För invånarna i Västra Götalands 49 kommuner skapar VästKom/,
  /^VästKom verkar på den regionala arenan/,
  /^VästKom är kommunernas länsgemensamma samverkansaktör/,
  /^VästKom skapar nytta för invånarna/,
];

export function normaliseText(raw: string): NormalisedText {
  let lines = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n").map((l) => l.replace(/[ \t\u00a0]+$/, ""));
  const header: HeaderMetadata = {};
  // A collected page's header: "url:", "title:", "kind:", "date:" (any case), then a blank or "---" line.
  let headerLines = 0;
  while (lines.length && HEADER_RE.test(lines[0]!)) {
    const [, key, value] = HEADER_RE.exec(lines.shift()!)!;
    const v = value!.trim();
    const k = key!.toUpperCase();
    if (k === "URL") header.url = v;
    if (k === "TITLE") header.title = v;
    if (k === "KIND") header.kind = v;
    if (k === "DATE" && /^\d{4}-\d{2}-\d{2}$/.test(v)) header.date = v;
    headerLines++;
  }
  if (headerLines && lines[0]?.trim() === "---") lines.shift();
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
  let updated: string | undefined;
  lines = lines.filter((line) => {
    const m = /^\s*Senast uppdaterad:\s*(\d{4}-\d{2}-\d{2})(?:\s+\d{1,2}:\d{2})?\s*$/i.exec(line);
    if (!m) return true;
    updated ??= m[1];
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
  return { text, header, dropped, published, updated };
}
