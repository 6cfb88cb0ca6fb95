/**
 * A source document as a file, after OParl 1.1's File: its media type, size in bytes, SHA-256,
 * length in characters, its text, and where each quote stands in it. Read when the seed is loaded
 * with the source documents at hand (the seed writer stores it on the SourceDocument node); the
 * API serves it at /source/<id>.
 */
import { createHash } from "node:crypto";
import { extname } from "node:path";
import { locatePassages, type Passage } from "./passages.js";

export interface SourceFile {
  mediaType: string;
  size: number;
  sha256: string;
  /** Characters (Unicode code points) of the text. */
  textLength: number;
  text: string;
  passages: Passage[];
}

const MEDIA_TYPES: Record<string, string> = {
  ".txt": "text/plain; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

export function mediaTypeOf(fileName: string): string {
  return MEDIA_TYPES[extname(fileName).toLowerCase()] ?? "text/plain; charset=utf-8";
}

export function describeSourceFile(fileName: string, bytes: Buffer, quotes: Iterable<string>): SourceFile {
  const text = bytes.toString("utf8");
  return {
    mediaType: mediaTypeOf(fileName),
    size: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    textLength: [...text].length,
    text,
    passages: locatePassages(text, quotes),
  };
}
