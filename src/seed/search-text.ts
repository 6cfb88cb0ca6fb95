/**
 * The text the full-text index (`entity_search` on Entity.searchText, cypher/schema/) holds for an
 * entity: every name it goes by and its free texts, and what src/swedish/index-forms.ts says they
 * are also found under (compound parts split against the graph's own words, amounts and dates by
 * token and in words), plus the entity's own date and amount in the same forms. So "avtal" finds a
 * "Ramavtal", "70 miljoner" the fund of 70 000 000 kr, "30 januari 2025" the meeting of that day.
 */
import { amountForms } from "../swedish/amounts.js";
import { Vocabulary } from "../swedish/compounds.js";
import { DOMAIN_VOCABULARY } from "../swedish/domain-words.js";
import { dateForms, searchableForms, type KnownPrecision } from "../swedish/index-forms.js";

const TEXT_FIELDS = ["name", "shortName", "aliases", "formerNames", "title", "wording", "description", "mandate", "purpose", "partiesNote", "validityText"] as const;

/** Dated fields and the precision they are known to: a field of its own, or fixed. */
const DATE_FIELDS: [field: string, precision: string | KnownPrecision][] = [
  ["date", "precision"],
  ["month", "MONTH"],
  ["decidedOn", "DAY"],
  ["decidedInMonth", "MONTH"],
];

// A signing rule's parts by their words ("48 av 49 kommuner har sagt ja …").
const signingWordsOf = (props: Record<string, unknown>): unknown[] => (Array.isArray(props.signing) ? (props.signing as { wording?: unknown }[]).map((t) => t.wording) : []);

const textsOf = (props: Record<string, unknown>): string[] =>
  [...TEXT_FIELDS.flatMap((k) => [props[k]].flat()), ...signingWordsOf(props)].filter((p): p is string => typeof p === "string" && p.length > 0);

/** The words of every entity's names and texts, with the field's own words: what compounds are split against. */
export function vocabularyOf(entities: Iterable<{ properties: Record<string, unknown> }>): Vocabulary {
  const texts: string[] = [];
  for (const e of entities) texts.push(...textsOf(e.properties));
  return Vocabulary.of(texts, DOMAIN_VOCABULARY);
}

function ownDates(props: Record<string, unknown>): string[] {
  const forms: string[] = [];
  for (const [field, precision] of DATE_FIELDS) {
    const value = props[field];
    if (typeof value !== "string") continue;
    const known = precision === "precision" ? ((props.precision as KnownPrecision | undefined) ?? "DAY") : (precision as KnownPrecision);
    forms.push(dateForms(known === "DAY" ? value : known === "MONTH" ? value.slice(0, 7) : value.slice(0, 4), known));
  }
  return forms;
}

/** Everything a full-text search should find an entity by. */
export function searchTextOf(props: Record<string, unknown>, vocabulary: Vocabulary = DOMAIN_VOCABULARY): string {
  const texts = textsOf(props);
  const extra = [searchableForms(texts.join(" \n "), vocabulary), ...ownDates(props)];
  if (typeof props.amountSek === "number") extra.push(amountForms(props.amountSek));
  const words = [...new Set(extra.join(" ").split(" ").filter(Boolean))].join(" ");
  return [...texts, words].filter(Boolean).join(" \n ");
}
