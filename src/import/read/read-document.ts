/** Reads one input file into text: checks size, emptiness and type, then decodes or extracts. */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { ImportError } from "../errors.js";
import { decodeText } from "./decode-text.js";

/** A published note is a few hundred kB at most; far larger input is refused before it is read. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export type InputFormat = "txt" | "html" | "pdf";

export interface ReadDocument {
  path: string;
  format: InputFormat;
  text: string;
  encoding: string;
  /** `<title>` of a web page. */
  htmlTitle?: string;
}

export function formatOf(path: string): InputFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === ".txt" || ext === ".text" || ext === ".md") return "txt";
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".pdf") return "pdf";
  return undefined;
}

export async function readDocument(path: string, url?: string): Promise<ReadDocument> {
  const format = formatOf(path);
  if (!format) throw new ImportError(path, `okänd filtyp '${extname(path) || "(ingen)"}'; väntade .txt, .html eller .pdf (unknown file type)`);
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new ImportError(path, "är ingen fil (not a file)");
    size = s.size;
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError(path, "filen finns inte eller kan inte läsas (cannot read file)");
  }
  if (size === 0) throw new ImportError(path, "filen är tom (empty file)");
  if (size > MAX_INPUT_BYTES) {
    throw new ImportError(path, `filen är för stor: ${(size / 1024 / 1024).toFixed(1)} MB, högst ${MAX_INPUT_BYTES / 1024 / 1024} MB (file too large)`);
  }
  const bytes = new Uint8Array(await readFile(path));
  let doc: ReadDocument;
  if (format === "pdf") {
    // The PDF and HTML extractors (pdf.js, jsdom) load only when a file needs them: a text note starts faster.
    const { extractPdfText } = await import("./extract-pdf.js");
    doc = { path, format, text: await extractPdfText(bytes, path), encoding: "pdf" };
  } else if (format === "html") {
    const { declaredCharset, extractHtmlText } = await import("./extract-html.js");
    const decoded = decodeText(bytes, path, declaredCharset(bytes));
    const html = extractHtmlText(decoded.text, url);
    doc = { path, format, text: html.text, encoding: decoded.encoding, htmlTitle: html.title };
  } else {
    const decoded = decodeText(bytes, path);
    doc = { path, format, text: decoded.text, encoding: decoded.encoding };
  }
  if (doc.text.replace(/\s/g, "").length === 0) throw new ImportError(path, "filen innehåller ingen text (no text)");
  return doc;
}
