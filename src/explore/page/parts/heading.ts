/**
 * The top of every entity's page and its views: type, kind and status in Swedish, the name (with
 * the view's title), the id, and the views the registry has for the entity's type. An entity whose
 * state changes with time shows its state on the page's date ("per"), derived by the API, not the
 * status its source recorded on its own day.
 */
import type { QuestionView } from "../../../questions/definition.js";
import type { ExploreEntityRefFragment } from "../../../generated/graphql.js";
import { kindSv, statusSv, typeSv } from "../../../labels/sv.js";
import { entityUrl, viewsForType } from "../../paths.js";
import { h } from "../dom.js";
import { urlParams } from "../view-context.js";
import { DATED_TYPES, stateOnText } from "./state-on.js";

/** "Styrdokument · hälso- och sjukvårdsavtal": what kind of thing an entity is (with its status where that does not change with time). */
export function entityKindText(entity: ExploreEntityRefFragment): string {
  const status = DATED_TYPES.has(entity.type) ? "" : statusSv(entity.type, entity.status);
  return [typeSv(entity.type), kindSv(entity.type, entity.kind), status].filter(Boolean).join(" · ");
}

/** The heading; on a view other than the entity page, "<view title>: <name>" with the name linking to the entity. */
export function heading(entity: ExploreEntityRefFragment, view?: QuestionView): HTMLElement[] {
  const onView = view !== undefined && view.path !== "";
  return [
    h("p", { class: "kind" }, entityKindText(entity), DATED_TYPES.has(entity.type) ? stateOnText(entity.id, urlParams(new URLSearchParams(location.search)).asOf) : ""),
    h("h1", {}, onView ? `${view.title}: ` : "", onView ? h("a", { href: entityUrl(entity.id) }, entity.name) : entity.name),
    h("p", { class: "id" }, "id ", h("code", {}, entity.id)),
  ];
}

/** The views of the entity's type (the registry's), the current one marked. */
export function viewNav(entity: ExploreEntityRefFragment, current: QuestionView): HTMLElement {
  return h(
    "nav",
    { class: "views", "aria-label": "Frågor om detta" },
    h(
      "ul",
      {},
      viewsForType(entity.type).map((v) => h("li", {}, v.path === current.path ? h("span", { "aria-current": "page" }, v.title) : h("a", { href: entityUrl(entity.id, v) }, v.title))),
    ),
  );
}

/** Heading and view navigation together: what every entity view starts with. */
export const viewTop = (entity: ExploreEntityRefFragment, view: QuestionView): HTMLElement[] => [...heading(entity, view), viewNav(entity, view)];
