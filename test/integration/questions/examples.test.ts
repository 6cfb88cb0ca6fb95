/** Every analyst question's GraphiQL example answers on the seed graph, and GraphiQL preloads it as a tab. */
import { describe, expect, it } from "vitest";
import { readExamples } from "../../../src/graphiql/examples.js";
import { QUESTIONS } from "../../../src/questions/registry.js";
import { questionExample } from "../../../src/questions/server.js";
import { useAnalysisApi } from "./support.js";

const api = useAnalysisApi();

describe("GraphiQL examples of the analyst questions", () => {
  it("are preloaded as tabs, titled 'Svensk fråga / English question', in registry order after the general ones", () => {
    const tabs = readExamples();
    const questionTabs = tabs.filter((t) => t.file.startsWith("src/questions/"));
    expect(questionTabs.map((t) => t.file)).toEqual(QUESTIONS.map((q) => `src/questions/${q.name}/example.graphql`));
    for (const t of tabs) expect(t.title, t.file).toMatch(/^[^/]+ \/ [^/]+$/);
  });

  for (const question of QUESTIONS) {
    it(`${question.name}: answers without errors`, async () => {
      const { operation, variables } = questionExample(question);
      const data = await api.query<Record<string, unknown>>(operation, variables);
      expect(data[question.field]).toBeTruthy();
    });
  }
});
