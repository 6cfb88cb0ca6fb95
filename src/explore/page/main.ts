/**
 * The explore page's client: one shell for every URL (src/explore/html.ts); this picks the view
 * from the path. Views that draw load their picture library on demand (code splitting).
 */
import "./style.css";
import { pageData } from "./api.js";
import { clear, h } from "./dom.js";
import { mountSearchBox } from "./search-box.js";

const main = document.getElementById("main")!;

function fail(error: unknown): void {
  clear(main);
  main.append(
    h("h1", {}, "Något gick fel"),
    h("p", { role: "alert" }, `Sidan kunde inte visas: ${error instanceof Error ? error.message : String(error)}`),
    h("p", {}, h("a", { href: "/explore" }, "Till startsidan")),
  );
  document.body.dataset.ready = "error";
}

async function route(): Promise<void> {
  const parts = location.pathname.replace(/^\/explore\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  if (pageData.notFound !== undefined) {
    const { renderNotFound } = await import("./not-found.js");
    return renderNotFound(main, pageData.notFound);
  }
  if (parts.length === 0) {
    const { renderHome } = await import("./home.js");
    return renderHome(main);
  }
  if (parts[0] === "kalla" && parts[1]) {
    const { renderSourceDocument } = await import("./source-document.js");
    return renderSourceDocument(main, parts[1]);
  }
  const [id, view] = parts as [string, string | undefined];
  if (!view) {
    const { renderEntity } = await import("./entity-page.js");
    return renderEntity(main, id);
  }
  const { renderView } = await import("./views/index.js");
  return renderView(main, id, view);
}

mountSearchBox(document.getElementById("search")!);
route().then(
  () => {
    document.body.dataset.ready ??= "true";
  },
  fail,
);
