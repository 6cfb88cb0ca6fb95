/**
 * The Cypher fragments that many statements share, written once. In a .cypher file:
 *   {{ref n}}            n as an entity reference (id, name, shortName, status, type, kind), read
 *                        by the app after the statement (entity-ref-fragment.ts)
 *   {{ref n Forum}}      the same when n's type is known
 *   {{sources x}}        the sources of a node or relationship x: [{document, quote, anchor}] once
 *                        the app has read the documents (src/sources/citation-marker.ts)
 *   {{termSources t}}    the same for a signing term t, whose quotes are in its JSON
 *   {{step r}}           a relationship r as a path step, with its sources, built by the app
 *                        after the statement (step-fragment.ts)
 *   {{step r a b}}       the same when its start and end nodes a and b are bound
 *   {{dated d}}          the dated facts of a governing document d, read by the app after the
 *                        statement (dated-facts-fragment.ts)
 *   {{slot:name}}        text the caller supplies (a statement's variants, e.g. an arrow)
 * Expansion is textual and happens once, when the statement is read.
 */
import { factCitationsCypher, termCitationsCypher } from "../sources/citation-marker.js";
import { datedFragments } from "./dated-facts-fragment.js";
import { entityRefMarker } from "./entity-ref-fragment.js";
import { stepMarker } from "./step-fragment.js";

type Fragment = (args: string[]) => string;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const FRAGMENTS: Record<string, { arity: [number, number]; expand: Fragment }> = {
  ref: { arity: [1, 2], expand: ([n, type]) => entityRefMarker(n!, type) },
  sources: { arity: [1, 1], expand: ([x]) => factCitationsCypher(x!) },
  termSources: { arity: [1, 1], expand: ([t]) => termCitationsCypher(t!) },
  step: { arity: [1, 3], expand: ([r, from, to]) => stepMarker(r!, from, to) },
  ...datedFragments,
};

export function expandFragments(statement: string, slots: Readonly<Record<string, string>>, where: string): string {
  const used = new Set<string>();
  const expanded = statement.replace(/\{\{([^{}]*)\}\}/g, (whole, body: string) => {
    const [head, ...args] = body.trim().split(/\s+/) as [string, ...string[]];
    if (head.startsWith("slot:")) {
      const name = head.slice("slot:".length);
      const value = slots[name];
      if (value === undefined) throw new Error(`${where}: the slot ${whole} needs a value from the caller`);
      used.add(name);
      return value;
    }
    const fragment = FRAGMENTS[head];
    if (!fragment) throw new Error(`${where}: unknown fragment ${whole} (known: ${Object.keys(FRAGMENTS).join(", ")}, slot:NAME)`);
    const [min, max] = fragment.arity;
    if (args.length < min || args.length > max || !args.every((a) => NAME.test(a))) {
      throw new Error(`${where}: ${whole} takes ${min === max ? min : `${min} to ${max}`} variable names`);
    }
    return fragment.expand(args);
  });
  const unused = Object.keys(slots).filter((s) => !used.has(s));
  if (unused.length) throw new Error(`${where}: no slot named ${unused.join(", ")}`);
  return expanded;
}
