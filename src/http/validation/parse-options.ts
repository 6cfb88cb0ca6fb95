/** The parser's own limits (graphql 16.15's parse options, applied by Apollo): a document over them is a QUERY_TOO_LARGE before anything else looks at it. */
import type { ParseOptions } from "graphql";
import { REQUEST_LIMITS } from "../../config/limits.js";

export const parseOptions: ParseOptions = {
  maxLexicalTokens: REQUEST_LIMITS.maxLexicalTokens,
  maxComments: REQUEST_LIMITS.maxComments,
  maxSourceLength: REQUEST_LIMITS.maxSourceLength,
};
