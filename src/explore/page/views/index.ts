/**
 * A question's view: the module named as the question (`views/<question name>.ts`), loaded when
 * the URL asks for it. esbuild bundles every module of this folder as its own chunk, so a view
 * and its picture library arrive only with that view.
 */
import type { QuestionName } from "../../../questions/registry.js";
import type { ExploreRoute } from "../../paths.js";
import { viewContext, type RenderView } from "../view-context.js";

export async function renderView(main: HTMLElement, route: Extract<ExploreRoute, { kind: "view" }>, search: URLSearchParams): Promise<void> {
  const module = (await import(`./${route.question.name}.ts`)) as { render: RenderView<QuestionName> };
  return module.render(main, viewContext(route, search));
}
