/**
 * The document's title: its main heading. A collected page's header title often carries the
 * site or a date ("... – Regionfullmäktige 30 januari 2018", "... (Göteborgsregionens
 * kommunalförbund)"); the heading that begins it is the title. Without a header title, the first
 * short line that is a heading (not site furniture such as "Gå direkt till huvudinnehållet",
 * "Kontaktpersoner:", "Aktuellt startsida", a date line or a slogan) is.
 */
import { titleKey, type Line } from "./lines.js";

const NOT_A_HEADING = /[:;,]$|^(kontakt|mer information|läs mer|senast|publicerad|uppdaterad|meny|aktuellt|startsida|logotyp|titel|protokoll|länkar|dela|skriv ut)\b|^\d{1,2}:\d{2}|^[\d\s/.-]+$|\.(png|jpe?g|gif|pdf)$/i;

export function mainHeading(lines: Line[], headerTitle: string | undefined): string | undefined {
  const content = lines.filter((l) => l.clean.length > 0).slice(0, 25);
  if (headerTitle) {
    const want = titleKey(headerTitle);
    for (let i = 0; i < content.length; i++) {
      const one = titleKey(content[i]!.clean);
      // Wrapped over two adjacent lines (no blank line between: a blank line starts another heading).
      const two = i + 1 < content.length && content[i + 1]!.n === content[i]!.n + 1 ? one + titleKey(content[i + 1]!.clean) : "";
      // The heading is the whole header title (written with other case or wrapped over two lines): keep the header's spelling.
      if (one === want || two === want) return headerTitle;
      // The heading is the start of the header title, which adds the site or a date.
      if (one.length >= 8 && want.startsWith(one) && !NOT_A_HEADING.test(content[i]!.clean)) return content[i]!.clean;
    }
    return headerTitle;
  }
  return content.find((l) => l.clean.length > 2 && l.clean.length <= 100 && !l.bullet && !NOT_A_HEADING.test(l.clean) && !/[.!?]$/.test(l.clean))?.clean;
}
