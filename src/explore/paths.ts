/**
 * The explore page's URLs, read the same way by the server (which answers 404 for anything else)
 * and by the page (which renders what the URL names). The view words come from the registry of
 * questions: `/explore/<id>` is an entity, `/explore/<id>/<view path>` a question about it,
 * `/explore/<view path>` a question about no one entity (search), `/explore/kalla/<file>` a
 * source document. Plain data and functions: the page's bundle imports it.
 */
import type { QuestionView } from "../questions/definition.js";
import { QUESTIONS, viewForPath, type Question, type QuestionName } from "../questions/registry.js";

export const EXPLORE_PATH = "/explore";
export const EXPLORE_ASSETS = `${EXPLORE_PATH}/assets`;
/** `/explore/kalla/<file>`: a source document (not a question, so not in the registry). */
export const SOURCE_SEGMENT = "kalla";

/**
 * The URL's query parameters (Swedish, as a person reads the URL), by the question argument they
 * set: the search text, a period, and the date every answer holds for ("per datum").
 */
export const URL_PARAMS = { text: "q", from: "fran", to: "till", asOf: "per" } as const;

export type ExploreRoute =
  | { kind: "home" }
  | { kind: "source"; documentId: string }
  /** `subject` is the entity's id; absent for a view about no one entity (its subject is in the query). */
  | { kind: "view"; question: Question; view: QuestionView; subject?: string };

/** A view that is about no one entity (its types are empty): `/explore/<path>`. */
const isGlobalView = (view: QuestionView): boolean => view.types.length === 0;

/** What a path below /explore names (its segments, decoded), or undefined when it names nothing. */
export function routeOf(segments: readonly string[]): ExploreRoute | undefined {
  const [first, second, ...rest] = segments;
  if (rest.length) return undefined;
  if (first === undefined) return { kind: "home" };
  if (first === SOURCE_SEGMENT) return second ? { kind: "source", documentId: second } : undefined;
  const global = viewForPath(first);
  if (second === undefined && global && isGlobalView(global.view)) return { kind: "view", ...global };
  const found = viewForPath(second ?? "");
  if (!found || isGlobalView(found.view)) return undefined;
  return { kind: "view", ...found, subject: first };
}

/** The path segments of a URL path below /explore, decoded (a malformed escape stays as it is). */
export function segmentsOf(pathname: string): string[] {
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return pathname.slice(EXPLORE_PATH.length).split("/").filter(Boolean).map(decode);
}

/** Ids keep their colon readable: /explore/doc:hos-avtal. */
const idSegment = (id: string) => encodeURIComponent(id).replace(/%3A/gi, ":");

/** The URL of an entity, or of one of its views. */
export function entityUrl(id: string, view?: QuestionView): string {
  return `${EXPLORE_PATH}/${idSegment(id)}${view?.path ? `/${view.path}` : ""}`;
}

/** Query parameters by the question argument they set. */
export type QueryParams = Partial<Record<keyof typeof URL_PARAMS, string>>;

/** The URL of a view: about the entity `id`, or, for a view about no one entity, without one; blank parameters left out. */
export function viewUrl(view: QuestionView, id?: string, params: QueryParams = {}): string {
  const entries = (Object.entries(params) as [keyof typeof URL_PARAMS, string | undefined][]).filter((e): e is [keyof typeof URL_PARAMS, string] => Boolean(e[1]));
  const query = new URLSearchParams(entries.map(([argument, value]) => [URL_PARAMS[argument], value])).toString();
  const path = isGlobalView(view) || id === undefined ? `${EXPLORE_PATH}/${view.path}` : entityUrl(id, view);
  return `${path}${query ? `?${query}` : ""}`;
}

export const sourceUrl = (documentId: string): string => `${EXPLORE_PATH}/${SOURCE_SEGMENT}/${encodeURIComponent(documentId)}`;

/** A question's view by its name and place in the question's list of views (the first by default). */
export function viewOf(name: QuestionName, index = 0): QuestionView {
  const view = QUESTIONS.find((q) => q.name === name)?.views[index];
  if (!view) throw new Error(`the question ${name} has no view ${index}`);
  return view;
}

/** The views of an entity of a type, in the registry's order, its own page (path "") first. */
export function viewsForType(type: string): QuestionView[] {
  const views = QUESTIONS.flatMap((q) => (q.views as readonly QuestionView[]).filter((v) => !isGlobalView(v) && (v.types as readonly string[]).includes(type)));
  return [...views.filter((v) => v.path === ""), ...views.filter((v) => v.path !== "")];
}
