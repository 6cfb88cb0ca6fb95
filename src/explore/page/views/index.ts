/**
 * A question's view: the module named as the question (`views/<question name>.ts`), loaded when
 * the URL asks for it. esbuild bundles every module of this folder as its own chunk, so a view
 * and its picture library arrive only with that view. Every view gets the date control ("per
 * datum") at its top, here, once.
 */
import type { QuestionName } from "../../../questions/registry.js";
import type { ExploreRoute } from "../../paths.js";
import { dateForm } from "../parts/date-form.js";
import { viewContext, type RenderView } from "../view-context.js";

export async function renderView(main: HTMLElement, route: Extract<ExploreRoute, { kind: "view" }>, search: URLSearchParams): Promise<void> {
  const module = (await import(`./${route.question.name}.ts`)) as { render: RenderView<QuestionName> };
  const context = viewContext(route, search);
  await module.render(main, context);
  main.prepend(dateForm(context.asOf));
}
