/**
 * HEAD /graphql is answered as its GET would be, without the body: the preflight advertises HEAD,
 * and a cache or monitor may ask for the headers alone. Apollo answers only GET and POST, so the
 * request is handed on as a GET; Node already knows the response is to a HEAD and sends no body.
 */
import type { RequestHandler } from "express";

export const headAsGet: RequestHandler = (req, _res, next) => {
  if (req.method === "HEAD") req.method = "GET";
  next();
};
