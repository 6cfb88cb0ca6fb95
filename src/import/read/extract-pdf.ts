/** PDF → text with unpdf (a maintained, bundled pdf.js build that runs on Node 20). */
import { extractText, getDocumentProxy } from "unpdf";
import { ImportError } from "../errors.js";

export async function extractPdfText(bytes: Uint8Array, file: string): Promise<string> {
  if (!Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-")) {
    throw new ImportError(file, "PDF-filen kan inte läsas: den saknar PDF-huvud (not a PDF)");
  }
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(pdf, { mergePages: false })).text;
  } catch (err) {
    throw new ImportError(file, `PDF-filen kan inte läsas (unreadable PDF): ${(err as Error).message.split("\n")[0]}`);
  }
  const text = pages.join("\n\n");
  if (text.replace(/\s/g, "").length === 0) {
    throw new ImportError(file, `PDF-filen har ingen text (${pages.length} sidor, troligen inskannad; OCR behövs) (scanned PDF without text)`);
  }
  return text;
}
