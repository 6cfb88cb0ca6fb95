/**
 * The date every view's answer holds for ("per datum"), in the URL (`?per=2023-06-01`), with a
 * form to change it; without `per` the answer holds for today (the Stockholm calendar date). The
 * views module puts it at the top of every view once, so no view can leave it out.
 */
import { URL_PARAMS } from "../../paths.js";
import { h } from "../dom.js";

/** Today's date in Stockholm, as the API's default (the page's own clock). */
export function stockholmToday(now = new Date()): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function dateForm(asOf: string | undefined): HTMLFormElement {
  const input = h("input", { type: "date", name: URL_PARAMS.asOf, value: asOf ?? stockholmToday(), "data-argument": "asOf", required: "" });
  const form = h(
    "form",
    { class: "as-of", method: "get", "aria-label": "Per datum" },
    h("label", {}, "Per datum ", input),
    " ",
    h("button", { type: "submit" }, "Visa"),
    " ",
    asOf ? h("a", { href: withoutDate() }, "I dag") : h("span", { class: "muted" }, "(i dag)"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = new URLSearchParams(location.search);
    if (input.value) query.set(URL_PARAMS.asOf, input.value);
    else query.delete(URL_PARAMS.asOf);
    location.assign(`${location.pathname}?${query.toString()}`);
  });
  return form;
}

function withoutDate(): string {
  const query = new URLSearchParams(location.search);
  query.delete(URL_PARAMS.asOf);
  const search = query.toString();
  return `${location.pathname}${search ? `?${search}` : ""}`;
}
