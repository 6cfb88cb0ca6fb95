/**
 * The options of `npm run ask`: those that set a variable of the question's operation (offered
 * only where the operation declares that variable) and those of the CLI itself. A value is read by
 * the variable's declared GraphQL type, so an option works the same on every question that
 * declares its variable, and a new variable needs one line here.
 */
import { Kind, type TypeNode } from "graphql";
import type { Question } from "../../questions/registry.js";
import type { DeclaredVariable } from "./operation.js";

/** A mistake on the command line: the CLI says what and where, shows no answer and exits with 2. */
export class UsageError extends Error {}

export interface VariableOption {
  /** Swedish first, then English (and other spellings), without the dashes. */
  names: readonly string[];
  variable: string;
  /** What a value looks like, in the help; absent for a flag that sets `preset`. */
  placeholder?: string;
  /** The value a flag without a value sets. */
  preset?: string | number | boolean;
  help: string;
}

export const VARIABLE_OPTIONS: readonly VariableOption[] = [
  { names: ["djup", "depth"], variable: "maxDepth", placeholder: "N", help: "högst så många steg i kedjan" },
  { names: ["per", "as-of"], variable: "asOf", placeholder: "ÅÅÅÅ-MM-DD", help: "som det gällde den dagen" },
  { names: ["relationer", "relations"], variable: "relationTypes", placeholder: "A,B", help: "bara de här slagen av relationer, t.ex. PART_OF,REFERENCES" },
  { names: ["fran", "från", "from"], variable: "from", placeholder: "ÅÅÅÅ-MM-DD", help: "från och med den dagen" },
  { names: ["till", "to"], variable: "to", placeholder: "ÅÅÅÅ-MM-DD", help: "till och med den dagen" },
  { names: ["om", "id"], variable: "id", placeholder: "ID", help: "bara det som rör den här, t.ex. doc:hos-avtal" },
  { names: ["typer", "types"], variable: "types", placeholder: "A,B", help: "bara de här typerna, t.ex. GoverningDocument,Position" },
  { names: ["slag", "kinds"], variable: "kinds", placeholder: "A,B", help: "bara de här slagen av dokument, t.ex. OVERENSKOMMELSE,RAMAVTAL" },
  { names: ["max", "limit"], variable: "limit", placeholder: "N", help: "högst så många i svaret" },
  { names: ["utan-relaterade", "no-related"], variable: "includeRelated", preset: false, help: "bara det som gäller ämnet självt, inte det som hör till det" },
];

export type GeneralKey = "brief" | "json" | "url" | "help";

export interface GeneralOption {
  names: readonly string[];
  key: GeneralKey;
  placeholder?: string;
  help: string;
}

export const DEFAULT_URL = "http://localhost:4000/graphql";

export const GENERAL_OPTIONS: readonly GeneralOption[] = [
  { names: ["kort", "brief"], key: "brief", help: "utan källor och citat" },
  { names: ["json"], key: "json", help: "svaret som JSON, som API:t gav det" },
  { names: ["url"], key: "url", placeholder: "URL", help: `API:ts adress (annars $ASK_URL eller ${DEFAULT_URL})` },
  { names: ["hjalp", "hjälp", "help"], key: "help", help: "den här texten" },
];

export const variableOptionNamed = (name: string): VariableOption | undefined => VARIABLE_OPTIONS.find((o) => o.names.includes(name));
export const generalOptionNamed = (name: string): GeneralOption | undefined => GENERAL_OPTIONS.find((o) => o.names.includes(name));
export const variableOptionFor = (variable: string): VariableOption | undefined => VARIABLE_OPTIONS.find((o) => o.variable === variable);

/** The options a question takes: one for each variable its operation declares beyond the subject and the command's fixed ones. */
export function optionsOf(question: Question, fixed: Readonly<Record<string, unknown>>, declared: readonly DeclaredVariable[]): string[] {
  return declared.flatMap((v) => {
    const option = v.name === question.subject.argument || v.name in fixed ? undefined : variableOptionFor(v.name);
    return option ? [`--${option.names[0]}`] : [];
  });
}

const BOOLEANS: Record<string, boolean> = { ja: true, nej: false, true: true, false: false };

/**
 * A value as the variable's GraphQL type wants it: a whole number for Int, ja/nej for Boolean, a
 * comma-separated list for a list type; text for String, ID and enums (the API's enum values are
 * checked before the question is asked, see enum-values.ts).
 */
export function parseValue(raw: string, type: TypeNode, option: string): unknown {
  switch (type.kind) {
    case Kind.NON_NULL_TYPE:
      return parseValue(raw, type.type, option);
    case Kind.LIST_TYPE: {
      const items = raw.split(",").map((s) => s.trim()).filter(Boolean);
      if (items.length === 0) throw new UsageError(`--${option} behöver minst ett värde (flera skiljs med komma).`);
      return items.map((item) => parseValue(item, type.type, option));
    }
    case Kind.NAMED_TYPE:
      return parseNamed(raw.trim(), type.name.value, option);
  }
}

function parseNamed(raw: string, typeName: string, option: string): unknown {
  switch (typeName) {
    case "Int":
      if (!/^-?\d+$/.test(raw)) throw new UsageError(`--${option} ska vara ett heltal, inte "${raw}".`);
      return Number(raw);
    case "Float": {
      const n = Number(raw.replace(",", "."));
      if (raw === "" || !Number.isFinite(n)) throw new UsageError(`--${option} ska vara ett tal, inte "${raw}".`);
      return n;
    }
    case "Boolean": {
      const b = BOOLEANS[raw.toLowerCase()];
      if (b === undefined) throw new UsageError(`--${option} ska vara ja eller nej, inte "${raw}".`);
      return b;
    }
    default:
      if (raw === "") throw new UsageError(`--${option} behöver ett värde.`);
      return raw;
  }
}
