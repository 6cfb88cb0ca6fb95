/**
 * A period in the URL (`?fran=2022-01-01&till=2022-12-31`) and a small form to change it: the
 * form reloads the view with the new period (blank fields left out), so the URL always says what
 * is shown.
 */
import { URL_PARAMS } from "../../paths.js";
import { h } from "../dom.js";
import type { UrlParams } from "../view-context.js";

export function periodText(params: UrlParams): string {
  if (params.from && params.to) return `${params.from} – ${params.to}`;
  if (params.from) return `från ${params.from}`;
  if (params.to) return `till ${params.to}`;
  return "hela tiden";
}

export function periodForm(params: UrlParams): HTMLFormElement {
  const field = (argument: "from" | "to", label: string) =>
    h("label", {}, `${label} `, h("input", { type: "date", name: URL_PARAMS[argument], value: params[argument] ?? "", "data-argument": argument }));
  const form = h("form", { class: "period", method: "get", "aria-label": "Period" }, field("from", "Från"), " ", field("to", "Till"), " ", h("button", { type: "submit" }, "Visa"), " ", h("a", { href: location.pathname }, "Hela tiden"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = new URLSearchParams(location.search);
    for (const input of Array.from(form.querySelectorAll("input"))) {
      if (input.value) query.set(input.name, input.value);
      else query.delete(input.name);
    }
    const search = query.toString();
    location.assign(`${location.pathname}${search ? `?${search}` : ""}`);
  });
  return form;
}
