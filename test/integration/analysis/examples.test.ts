/** Every analyst question has an example operation in the explorer (titled in Swedish and English) that answers on the seed graph. */
import { describe, expect, it } from "vitest";
import { QUESTIONS, readExample } from "../../../src/analysis/questions.js";
import { readExamples } from "../../../src/explorer/examples.js";
import { useAnalysisApi } from "./support.js";

const api = useAnalysisApi();

describe("explorer examples of the analyst questions", () => {
  it("are numbered 10–29 and titled 'Svensk titel / English title' on line 1", () => {
    const files = readExamples().filter((e) => /^1\d|^2\d/.test(e.file));
    expect(files.length).toBeGreaterThanOrEqual(QUESTIONS.length);
    for (const e of files) expect(e.query.split("\n")[0], e.file).toMatch(/^# [^/]+ \/ [^/]+$/);
    for (const q of QUESTIONS) expect(files.map((f) => f.file)).toContain(`${q.example}.graphql`);
  });

  for (const question of QUESTIONS) {
    it(`${question.example}: answers without errors`, async () => {
      const { operation, variables } = readExample(question);
      const data = await api.query<Record<string, unknown>>(operation, variables);
      expect(data[question.field]).toBeTruthy();
    });
  }
});
