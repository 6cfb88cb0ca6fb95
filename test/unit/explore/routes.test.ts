/**
 * The explore page's URLs come from the registry of questions: the server and the page read a
 * path with the same `routeOf`, which accepts exactly the registry's view paths (each for an
 * entity, or alone for a view about no one entity), and the server answers 404 for an id the
 * graph lacks or a view the entity's type does not have.
 */
import { describe, expect, it } from "vitest";
import type { QuestionView } from "../../../src/questions/definition.js";
import { QUESTIONS } from "../../../src/questions/registry.js";
import { entityUrl, routeOf, segmentsOf, SOURCE_SEGMENT, viewsForType, viewUrl } from "../../../src/explore/paths.js";
import { missing } from "../../../src/explore/router.js";

const views = QUESTIONS.flatMap((question) => (question.views as readonly QuestionView[]).map((view) => ({ question, view })));
const entityViews = views.filter((v) => v.view.types.length > 0);
const globalViews = views.filter((v) => v.view.types.length === 0);
/** Words that are no view path of the registry (old words, near misses, other parts of the URL). */
const OTHER_WORDS = ["foo", "beroende", "Pengar", "pengar2", "views", "assets", SOURCE_SEGMENT, "explore", "neighbourhood", "fund-flow"];

describe("explore routes", () => {
  it("has a view for every question, and no view path twice", () => {
    for (const question of QUESTIONS) expect(question.views.length, question.name).toBeGreaterThan(0);
    const paths = views.map((v) => v.view.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("accepts every entity view of the registry after an id, and the entity page (path '') as the id alone", () => {
    for (const { question, view } of entityViews) {
      const route = routeOf(view.path ? ["doc:x", view.path] : ["doc:x"]);
      expect(route, view.path).toEqual({ kind: "view", question, view, subject: "doc:x" });
    }
  });

  it("accepts every view about no one entity alone, and not after an id", () => {
    expect(globalViews.length).toBeGreaterThan(0);
    for (const { question, view } of globalViews) {
      expect(routeOf([view.path])).toEqual({ kind: "view", question, view });
      expect(routeOf(["doc:x", view.path])).toBeUndefined();
    }
  });

  it("accepts no other view word", () => {
    const registry = new Set(views.map((v) => v.view.path));
    for (const word of OTHER_WORDS) {
      expect(registry.has(word), word).toBe(false);
      expect(routeOf(["doc:x", word]), word).toBeUndefined();
    }
    expect(routeOf(["doc:x", "beroenden", "extra"])).toBeUndefined();
    // An entity view's word alone is read as an id (ids have a prefix and a colon; the lookup then finds nothing).
    const word = entityViews.find((v) => v.view.path)!.view.path;
    expect(routeOf([word])).toMatchObject({ kind: "view", subject: word });
  });

  it("reads the start page and source documents", () => {
    expect(routeOf([])).toEqual({ kind: "home" });
    expect(routeOf([SOURCE_SEGMENT, "001_484dff92c3137b0a.txt"])).toEqual({ kind: "source", documentId: "001_484dff92c3137b0a.txt" });
    expect(routeOf([SOURCE_SEGMENT])).toBeUndefined();
  });

  it("writes URLs that it reads back as the same view", () => {
    for (const { question, view } of views) {
      const url = new URL(viewUrl(view, "doc:hos-avtal", { from: "2022-01-01", text: "hos" }), "http://x");
      expect(routeOf(segmentsOf(url.pathname))).toMatchObject({ question, view });
    }
    expect(entityUrl("doc:hos-avtal")).toBe("/explore/doc:hos-avtal");
    expect(viewUrl(globalViews[0]!.view, undefined, { text: "vård och omsorg", from: "" })).toBe(`/explore/${globalViews[0]!.view.path}?q=v%C3%A5rd+och+omsorg`);
    expect(segmentsOf("/explore/doc:x/%E0")).toEqual(["doc:x", "%E0"]);
  });

  it("lists for an entity the registry's views of its type, its own page first", () => {
    const forDocument = viewsForType("GoverningDocument").map((v) => v.path);
    expect(forDocument[0]).toBe("");
    expect(forDocument).toEqual(["", ...entityViews.filter((v) => v.view.path && (v.view.types as readonly string[]).includes("GoverningDocument")).map((v) => v.view.path)]);
    expect(viewsForType("Person").map((v) => v.path)).toContain("person");
  });
});

describe("explore 404s", () => {
  const lookup = (types: Record<string, string>, sources: string[] = []) => ({
    entityType: async (id: string) => types[id],
    sourceExists: async (id: string) => sources.includes(id),
  });
  const check = (segments: string[], types: Record<string, string>, sources?: string[]) => missing(routeOf(segments), segments, lookup(types, sources));

  it("answers an id the graph lacks, and a view the entity's type has not, as not found", async () => {
    const person = entityViews.find((v) => v.view.path && (v.view.types as readonly string[]).includes("Person") && !(v.view.types as readonly string[]).includes("Meeting"))!.view.path;
    await expect(check(["person:a", person], { "person:a": "Person" })).resolves.toBeUndefined();
    await expect(check(["meeting:a", person], { "meeting:a": "Meeting" })).resolves.toEqual({ path: `meeting:a/${person}`, reason: "view" });
    await expect(check(["person:b", person], {})).resolves.toEqual({ path: `person:b/${person}`, reason: "id" });
    await expect(check(["person:a", "foo"], { "person:a": "Person" })).resolves.toEqual({ path: "person:a/foo", reason: "view" });
    await expect(check(["person:a"], { "person:a": "Person" })).resolves.toBeUndefined();
    await expect(check([SOURCE_SEGMENT, "x.txt"], {}, ["x.txt"])).resolves.toBeUndefined();
    await expect(check([SOURCE_SEGMENT, "y.txt"], {}, ["x.txt"])).resolves.toEqual({ path: `${SOURCE_SEGMENT}/y.txt`, reason: "id" });
    await expect(check([globalViews[0]!.view.path], {})).resolves.toBeUndefined();
  });
});
