/**
 * Saved web page → main text. Readability (on a jsdom document, scripts off) picks the main
 * content and drops navigation; the result is turned into lines here: one line per block
 * element, " • " for list items, so the parsers see the same shapes as in a text file.
 */
import { Readability } from "@mozilla/readability";
import { JSDOM } from "jsdom";

const BLOCK = new Set(["P", "DIV", "SECTION", "ARTICLE", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "TR", "TABLE", "UL", "OL", "HEADER", "FOOTER", "BLOCKQUOTE", "PRE", "DT", "DD", "FIGCAPTION"]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "NAV", "BUTTON", "IFRAME"]);

function blockText(root: Element): string {
  const out: string[] = [];
  let line = "";
  const flush = () => {
    const t = line.replace(/[ \t\u00a0]+/g, " ").trim();
    if (t) out.push(t);
    line = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName)) return;
    if (el.tagName === "BR") return flush();
    const block = BLOCK.has(el.tagName);
    if (block) flush();
    if (el.tagName === "LI") line += " • ";
    if (el.tagName === "TD" || el.tagName === "TH") line += line ? "\t" : "";
    for (const child of el.childNodes) walk(child);
    if (block) {
      flush();
      if (/^(P|H\d|TABLE|UL|OL)$/.test(el.tagName)) out.push("");
    }
  };
  walk(root);
  flush();
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

export interface HtmlText {
  title?: string;
  text: string;
}

export function extractHtmlText(html: string, url?: string): HtmlText {
  const dom = new JSDOM(html, { url: url ?? "https://example.invalid/" });
  const document = dom.window.document;
  const title = document.querySelector("title")?.textContent?.trim() || undefined;
  // parse() changes the document it is given, so it gets a clone.
  const article = new Readability(document.cloneNode(true) as Document, { charThreshold: 100 }).parse();
  if (article?.content) {
    const content = new JSDOM(article.content).window.document.body;
    let text = blockText(content);
    // Readability removes the heading that repeats the title; the title is part of the page's text.
    const heading = article.title || title;
    if (heading && !text.startsWith(heading)) text = `${heading}\n\n${text}`;
    if (text) return { title: heading, text };
  }
  return { title, text: blockText(document.body) };
}

/** The charset a page declares in `<meta charset>` or `http-equiv`, read from its first bytes. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
}
