/** A date as far as it is known, in Swedish: "2022-02-03", "februari 2022", "2022". */
const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

export function dateText(date: string | null, precision: string | null): string {
  if (!date) return "okänt datum";
  if (precision === "YEAR") return date.slice(0, 4);
  if (precision === "MONTH") return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
  return date;
}

/** A <time> element for the date. */
export function timeElement(date: string | null, precision: string | null): HTMLTimeElement {
  const el = document.createElement("time");
  if (date) el.dateTime = precision === "YEAR" ? date.slice(0, 4) : precision === "MONTH" ? date.slice(0, 7) : date;
  el.textContent = dateText(date, precision);
  return el;
}
