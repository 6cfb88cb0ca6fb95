/**
 * A source document's text as a page: every quoted passage highlighted (<mark>) and anchored
 * (`#citation-…`, the anchor every Source in the API carries). Passages may overlap: the text is cut
 * at every passage boundary and each piece is marked when any passage covers it; each passage's
 * anchor is an empty element where it starts, so `:target` finds it. Everything is escaped: the
 * text is third-party.
 */
import type { Passage } from "./passages.js";

export interface TextPiece {
  text: string;
  /** Anchors of the passages that start here (before the piece). */
  starts: string[];
  /** Anchors of the passages that cover the piece. */
  covers: string[];
}

/** The text cut at every passage boundary. */
export function piecesOf(text: string, passages: readonly Passage[]): TextPiece[] {
  const cuts = [...new Set([0, text.length, ...passages.flatMap((p) => [p.start, p.end])])].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    pieces.push({
      text: text.slice(from, to),
      starts: passages.filter((p) => p.start === from).map((p) => p.anchor),
      covers: passages.filter((p) => p.start <= from && p.end >= to).map((p) => p.anchor),
    });
  }
  return pieces;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface SourcePageData {
  id: string;
  title: string;
  url: string | null;
  text: string;
  passages: readonly Passage[];
  /** Where the explore page shows the document. */
  explorePath: string;
}

export function sourcePageHtml(page: SourcePageData): string {
  const body = piecesOf(page.text, page.passages)
    .map((piece) => {
      const anchors = piece.starts.map((a) => `<span class="anchor" id="${escapeHtml(a)}"></span>`).join("");
      const text = escapeHtml(piece.text);
      return anchors + (piece.covers.length ? `<mark data-citations="${escapeHtml(piece.covers.join(" "))}">${text}</mark>` : text);
    })
    .join("");
  const original = page.url ? `<a href="${escapeHtml(page.url)}" rel="external">originalet</a> · ` : "";
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} – källtext</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 48rem; padding: 1rem; color: #1b1b1b; }
.text { white-space: pre-wrap; font-family: ui-serif, Georgia, serif; }
mark { background: #fff2a8; }
.anchor:target + mark { background: #ffc94d; outline: 2px solid #b36b00; }
.meta { color: #555; font-size: 0.9rem; }
</style>
</head>
<body>
<h1>${escapeHtml(page.title)}</h1>
<p class="meta">Källdokument <code>${escapeHtml(page.id)}</code> · ${page.passages.length} citerade ställen är markerade · ${original}<a href="${escapeHtml(page.explorePath)}">i utforskaren</a></p>
<div class="text">${body}</div>
</body>
</html>
`;
}
