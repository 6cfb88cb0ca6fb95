/**
 * What a question's view is given: the question and view (from the registry), what it is about,
 * the variables the view always sets, and the URL's query parameters. Built in one place
 * (`viewContext`), so a parameter every view takes is added here once.
 */
import type { QuestionView } from "../../questions/definition.js";
import type { Question, QuestionName } from "../../questions/registry.js";
import { URL_PARAMS, type ExploreRoute, type QueryParams } from "../paths.js";

type QuestionNamed<Name extends QuestionName> = Extract<Question, { name: Name }>;

export type UrlParams = QueryParams;

export interface ViewContext<Name extends QuestionName = QuestionName> {
  question: QuestionNamed<Name>;
  view: QuestionNamed<Name>["views"][number];
  /** The entity's id; for a view about no one entity, its text parameter (the search text). */
  subject: string;
  /** The variables this view always sets (e.g. the direction of dependencies). */
  fixed: Readonly<Record<string, string | number | boolean>>;
  /** The URL's query parameters, by the argument they set (only those present and not blank). */
  params: UrlParams;
  /** The date the view's answer holds for: the URL's `per`, else undefined (the API answers for today). */
  asOf: string | undefined;
}

/** Every question's view module exports this: renders the view into `main`. */
export type RenderView<Name extends QuestionName> = (main: HTMLElement, context: ViewContext<Name>) => Promise<void>;

/** The URL's query parameters by the argument they set (blank ones left out): one reading for the views and the parts. */
export function urlParams(search: URLSearchParams): UrlParams {
  const params: UrlParams = {};
  for (const [argument, name] of Object.entries(URL_PARAMS) as [keyof typeof URL_PARAMS, string][]) {
    const value = search.get(name)?.trim();
    if (value) params[argument] = value;
  }
  return params;
}

export function viewContext(route: Extract<ExploreRoute, { kind: "view" }>, search: URLSearchParams): ViewContext {
  const params = urlParams(search);
  const view: QuestionView = route.view;
  return {
    question: route.question,
    view: route.view,
    subject: route.subject ?? params.text ?? "",
    fixed: view.fixed ?? {},
    params,
    asOf: params.asOf,
  } as ViewContext;
}
