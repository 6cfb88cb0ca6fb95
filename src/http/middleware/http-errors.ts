/**
 * The last two handlers: a path no route answered gets a JSON 404, and every error that reaches
 * Express (a body that is not JSON, a wrong charset or content-encoding, a body over the limit,
 * anything unexpected) is answered as GraphQL-shaped JSON with a stable code, never with
 * Express's HTML page (which shows the stack and absolute paths). Unexpected errors are logged
 * with the request id, not sent.
 */
import type { ErrorRequestHandler, RequestHandler } from "express";
import { writeLogLine } from "../log-line.js";
import { graphqlErrorBody } from "./error-body.js";
import { requestIdOf } from "./request-log.js";

/** body-parser's error types (err.type) and what the client is told. */
const BODY_ERRORS: Record<string, { code: string; message: string }> = {
  "entity.parse.failed": { code: "INVALID_JSON", message: "The request body is not valid JSON." },
  "entity.too.large": { code: "REQUEST_TOO_LARGE", message: "The request body is too large." },
  "charset.unsupported": { code: "UNSUPPORTED_CHARSET", message: "Unsupported charset: send the body as UTF-8." },
  "encoding.unsupported": { code: "UNSUPPORTED_CONTENT_ENCODING", message: "Unsupported Content-Encoding: send gzip, deflate, br or identity." },
  "request.size.invalid": { code: "BAD_REQUEST", message: "The request body does not match its Content-Length." },
  "request.aborted": { code: "BAD_REQUEST", message: "The request was aborted." },
};

// Four parameters: Express tells an error handler by its arity.
export const httpErrorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  if (res.headersSent) {
    // Work that outlived its deadline tries to answer a request the deadline has answered (504,
    // its connection closed): expected, nothing to send. Anything else after an answer began is a
    // fault: logged, and the connection cut so the client sees a broken answer, not a whole one.
    const late = (error as { code?: string }).code === "ERR_HTTP_HEADERS_SENT";
    writeLogLine({ level: late ? "info" : "error", event: late ? "late_answer_dropped" : "error_after_answer", requestId: requestIdOf(res), path: req.path, error: error instanceof Error ? error.message : String(error) });
    if (!late) req.socket.destroy();
    return;
  }
  const e = error as { type?: string; status?: number; statusCode?: number; limit?: number };
  const known = e.type ? BODY_ERRORS[e.type] : undefined;
  const status = e.status ?? e.statusCode ?? 500;
  if (known && status >= 400 && status < 500) {
    const extra = e.type === "entity.too.large" && e.limit ? { limitBytes: e.limit } : {};
    res.status(status).json(graphqlErrorBody(known.code, known.message, extra));
    return;
  }
  if (status >= 400 && status < 500) {
    res.status(status).json(graphqlErrorBody("BAD_REQUEST", "The request could not be read."));
    return;
  }
  writeLogLine({ level: "error", event: "unhandled_error", requestId: requestIdOf(res), path: req.path, error: error instanceof Error ? error.message : String(error) });
  res.status(500).json(graphqlErrorBody("INTERNAL_SERVER_ERROR", "Internal server error.", { requestId: requestIdOf(res) }));
};

/** Unknown paths: JSON 404 instead of Express's HTML page. */
export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json(graphqlErrorBody("NOT_FOUND", "No such path. GraphQL is served at /graphql."));
};
