/**
 * A question's Swedish phrasings (its registry entry's `phrasings`) compiled into sequences of
 * atoms the grammar aligns a question with: a pattern "vilka (avtal|dokument) beror på {subject}"
 * becomes one sequence whose second atom is the set {avtal, dokument}. An optional part `[…]` and a
 * choice between several words `(ihop med|samman med)` give one sequence per way through.
 */
import { stem } from "../swedish/stem.js";
import { fold } from "../swedish/text.js";

export type Atom =
  | { kind: "word"; words: readonly string[]; /** Each word's Snowball stem, worked out once. */ stems: readonly string[] }
  | { kind: "prefix"; prefix: string }
  | { kind: "slot"; slot: "subject" | "date" | "amount" };

export type Sequence = readonly Atom[];

type Node = { kind: "atom"; atom: Atom } | { kind: "choice"; options: Node[][]; optional: boolean };

const SLOTS = new Set(["subject", "date", "amount"]);

function atomOf(word: string, pattern: string): Atom {
  const slot = /^\{(\w+)\}$/.exec(word);
  if (slot) {
    if (!SLOTS.has(slot[1]!)) throw new Error(`phrasing "${pattern}": unknown slot {${slot[1]}} (subject, date or amount)`);
    return { kind: "slot", slot: slot[1] as "subject" | "date" | "amount" };
  }
  const key = fold(word).replace(/-/g, "");
  if (key.endsWith("*")) return { kind: "prefix", prefix: key.slice(0, -1) };
  if (!/^[\p{L}\p{N}]+$/u.test(key)) throw new Error(`phrasing "${pattern}": "${word}" is no word`);
  return { kind: "word", words: [key], stems: [stem(key)] };
}

/** Parses the pattern's words and groups into a tree. */
function parse(pattern: string): Node[] {
  const tokens = pattern.match(/\(|\)|\[|\]|\||[^\s()[\]|]+/g) ?? [];
  let i = 0;
  const sequence = (close: string | null): Node[][] => {
    const options: Node[][] = [[]];
    while (i < tokens.length) {
      const t = tokens[i++]!;
      if (t === close) return options;
      if (t === ")" || t === "]") throw new Error(`phrasing "${pattern}": "${t}" closes nothing`);
      if (t === "|") {
        if (close === null) throw new Error(`phrasing "${pattern}": "|" outside a group`);
        options.push([]);
      } else if (t === "(" || t === "[") {
        options.at(-1)!.push({ kind: "choice", options: sequence(t === "(" ? ")" : "]"), optional: t === "[" });
      } else {
        options.at(-1)!.push({ kind: "atom", atom: atomOf(t, pattern) });
      }
    }
    if (close !== null) throw new Error(`phrasing "${pattern}": "${close}" is missing`);
    return options;
  };
  return sequence(null)[0]!;
}

/** Every way through the tree; a choice between single words stays one atom. */
function expand(nodes: Node[]): Atom[][] {
  let ways: Atom[][] = [[]];
  for (const node of nodes) {
    if (node.kind === "atom") {
      ways = ways.map((w) => [...w, node.atom]);
      continue;
    }
    const single = node.options.map((o) => (o.length === 1 && o[0]!.kind === "atom" && o[0]!.atom.kind === "word" ? o[0]!.atom : null));
    const choices: Atom[][] = single.every((w) => w !== null)
      ? [[{ kind: "word", words: single.flatMap((w) => w!.words), stems: single.flatMap((w) => w!.stems) }]]
      : node.options.flatMap(expand);
    if (node.optional) choices.push([]);
    ways = ways.flatMap((w) => choices.map((c) => [...w, ...c]));
  }
  return ways;
}

/** The sequences a pattern stands for. Throws naming the pattern when it is malformed. */
export function compilePattern(pattern: string): Sequence[] {
  return expand(parse(pattern));
}
