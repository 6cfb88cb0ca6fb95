/**
 * Words of Swedish health and care collaboration that compounds are built from, beside those the
 * graph's own names and texts give (the seed writer adds those): enough to split "ramavtal",
 * "läkarinsatser" or "sjukvårdsavtalet" in a graph that does not happen to use the head alone.
 * Folded (no accents), base forms, four letters or more: a shorter head ("råd", "lag") is too
 * often a word's accidental ending ("samman|träde", "förs|laget") to split after any modifier.
 */
import { Vocabulary } from "./compounds.js";

export const DOMAIN_WORDS = [
  "avtal", "overenskommelse", "riktlinje", "strategi", "plan", "uppdrag", "handling", "dokument", "rapport", "analys",
  "beslut", "underlag", "anteckning", "protokoll", "remiss", "forslag", "version", "bilaga", "vard", "sjukvard", "halsa",
  "omsorg", "lakare", "insats", "kompetens", "plats", "kontakt", "team", "mottagning", "central", "familj", "ungdom",
  "kommun", "region", "forbund", "organisation", "namnd", "styrelse", "forvaltning", "grupp", "arbete", "ledning",
  "styrning", "beredning", "samverkan", "samrad", "organ", "mote", "konferens", "projekt", "program", "process",
  "bidrag", "medel", "pengar", "budget", "ersattning", "kostnad", "fordelning", "satsning", "utveckling", "uppfoljning",
  "sakerhet", "patient", "person", "brukare", "barn", "system", "journal", "information",
];

export const DOMAIN_VOCABULARY = new Vocabulary(DOMAIN_WORDS, true);
