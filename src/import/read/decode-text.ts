/**
 * Bytes → text. UTF-8 (with or without BOM) is used as is; anything else is detected with
 * chardet and decoded with iconv-lite. ISO-8859-1 is decoded as windows-1252, as the WHATWG
 * encoding standard does. Binary content is refused.
 */
import chardet from "chardet";
import iconv from "iconv-lite";
import { ImportError } from "../errors.js";

export interface DecodedText {
  text: string;
  /** The encoding the bytes were in ("utf-8", "windows-1252", ...). */
  encoding: string;
}

/** Share of control bytes (other than tab, line feed, carriage return, form feed) that marks a binary file. */
const BINARY_CONTROL_SHARE = 0.02;

export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > BINARY_CONTROL_SHARE;
}

export function decodeText(bytes: Uint8Array, file: string, declared?: string): DecodedText {
  if (looksBinary(bytes)) throw new ImportError(file, "filen är binär, inte text (binary content)");
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (!declared || /utf-?8/i.test(declared)) {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
    } catch {
      // Not UTF-8: fall through to detection.
    }
  }
  let encoding = declared?.toLowerCase() ?? chardet.detect(bytes)?.toLowerCase();
  if (!encoding || /iso-8859-1$|latin-?1|us-ascii/.test(encoding)) encoding = "windows-1252";
  if (!iconv.encodingExists(encoding)) {
    throw new ImportError(file, `okänd teckenkodning '${encoding}' (unknown character encoding)`);
  }
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}
