/**
 * `npm run ask -- <question> <id or text> [options]`: asks the running API one of the named
 * analyst questions and prints a readable answer with its sources, for people who don't write
 * GraphQL. The operations are the explorer's examples (src/explorer/examples/1x-*.graphql).
 *
 *   npm run ask -- beroenden doc:hos-avtal            which documents depend on the HoS-avtal
 *   npm run ask -- beroenden HoS-avtalet              the same, by name (or abbreviation, or misspelt)
 *   npm run ask -- bygger-pa doc:hos-avtal-2025       what the new agreement depends on
 *   npm run ask -- styrning project:hos-revision      who commissions, steers, prepares, decides
 *   npm run ask -- pengar fund:statsbidrag-vardplatser
 *   npm run ask -- tidslinje doc:hos-avtal --fran 2022-01-01
 *   npm run ask -- person person:malin-sward
 *   npm run ask -- mote meeting:sro-2025-01-30
 *   npm run ask -- stallningstaganden forum:sro --fran 2022-01-01 --till 2022-12-31
 *   npm run ask -- sok färdplan
 *   npm run ask -- konsekvenser doc:hos-avtal
 *
 * Options: --url (default $ASK_URL or http://localhost:4000/graphql), --json (the raw answer),
 * --kort/--brief (no sources), and per question --djup/--depth, --per/--as-of, --relationer/
 * --relations, --fran/--from, --till/--to, --typer/--types, --max/--limit, --utan-relaterade/
 * --no-related.
 *
 * Wherever an id is asked for, a name works too: src/cli/ask-resolve.ts resolves it with the API's
 * search and says which entity it chose; close candidates are listed (or offered as a choice in a
 * terminal) and an unknown id gets "did you mean". Exit codes: 0 answered, 1 error, 2 needs a
 * clearer id or name.
 */
import { createInterface } from "node:readline/promises";
import { QUESTIONS, findQuestion, readExample, type Question } from "../analysis/questions.js";
import { describeCandidate, describeChoice, resolveEntity, type Candidate, type GraphQLAnswer } from "./ask-resolve.js";
import { ROLE_SV } from "../analysis/governance-roles.js";

// ------------------------------------------------------------------ arguments

interface Cli {
  question: Question;
  positional: string[];
  options: Map<string, string | true>;
}

const OPTION_ALIASES: Record<string, string> = {
  djup: "depth",
  per: "as-of",
  relationer: "relations",
  fran: "from",
  från: "from",
  till: "to",
  typer: "types",
  max: "limit",
  kort: "brief",
  "utan-relaterade": "no-related",
};
const VALUE_OPTIONS = new Set(["url", "depth", "as-of", "relations", "from", "to", "types", "limit"]);

function usage(): string {
  const lines = QUESTIONS.map((q) => {
    const { title, variables } = readExample(q);
    const arg = (variables.id ?? variables.text) as string;
    return `  ${q.swedish.padEnd(19)} ${q.name.padEnd(11)} ${title}\n${" ".repeat(34)}e.g. npm run ask -- ${q.swedish} ${arg}`;
  });
  return [
    "usage: npm run ask -- <question> <id, name or search text> [options]",
    "       (a name, abbreviation or misspelling works wherever an id does: npm run ask -- beroenden HoS-avtalet)",
    "",
    "questions (Swedish or English name):",
    ...lines,
    "",
    "options: --url URL (default $ASK_URL or http://localhost:4000/graphql), --json, --kort (no sources),",
    "         --djup N, --per YYYY-MM-DD, --relationer PART_OF,IMPLEMENTS, --fran/--till YYYY-MM-DD,",
    "         --typer GoverningDocument,Position, --max N, --utan-relaterade",
  ].join("\n");
}

function parseCli(argv: string[]): Cli | string {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "hjalp" || name === "--help") return usage();
  const question = findQuestion(name);
  if (!question) return `unknown question '${name}'\n\n${usage()}`;
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [rawKey, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const key = OPTION_ALIASES[rawKey] ?? rawKey;
    if (VALUE_OPTIONS.has(key)) {
      const value = inline ?? rest[++i];
      if (value === undefined) return `option --${rawKey} needs a value`;
      options.set(key, value);
    } else options.set(key, true);
  }
  return { question, positional, options };
}

function variablesFor(cli: Cli): Record<string, unknown> {
  const { question, positional, options } = cli;
  const defaults = readExample(question).variables;
  const v: Record<string, unknown> = {};
  if (question.name === "search") v.text = positional.length ? positional.join(" ") : defaults.text;
  else v.id = positional.length ? positional.join(" ") : defaults.id;
  if (question.name === "dependents") v.direction = "DEPENDENTS";
  if (question.name === "depends-on") v.direction = "DEPENDENCIES";
  const int = (key: string) => {
    const raw = options.get(key);
    if (typeof raw !== "string") return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n)) throw new Error(`--${key} must be a whole number`);
    return n;
  };
  const list = (key: string) => (typeof options.get(key) === "string" ? (options.get(key) as string).split(",").map((s) => s.trim()).filter(Boolean) : undefined);
  const text = (key: string) => (typeof options.get(key) === "string" ? (options.get(key) as string) : undefined);
  const set = (name: string, value: unknown) => {
    if (value !== undefined) v[name] = value;
  };
  switch (question.field) {
    case "documentDependencies":
      set("maxDepth", int("depth"));
      set("asOf", text("as-of"));
      set("relationTypes", list("relations"));
      set("limit", int("limit"));
      break;
    case "impact":
      set("maxDepth", int("depth"));
      set("relationTypes", list("relations"));
      set("limit", int("limit"));
      break;
    case "governanceChain":
      set("maxDepth", int("depth"));
      set("limit", int("limit"));
      break;
    case "timeline":
      set("from", text("from"));
      set("to", text("to"));
      set("limit", int("limit"));
      if (options.has("no-related")) v.includeRelated = false;
      break;
    case "personActivity":
      set("from", text("from"));
      set("to", text("to"));
      set("limit", int("limit"));
      break;
    case "forumPositions":
      if (positional.length === 0 && !options.has("from") && !options.has("to")) {
        set("from", defaults.from);
        set("to", defaults.to);
      }
      set("from", text("from"));
      set("to", text("to"));
      break;
    case "search":
      set("types", list("types"));
      set("limit", int("limit"));
      break;
  }
  return v;
}

// ------------------------------------------------------------------ GraphQL over HTTP

async function ask(url: string, operation: string, variables: Record<string, unknown>): Promise<GraphQLAnswer> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: operation, variables }) });
  } catch (error) {
    throw new Error(`cannot reach the API at ${url} (${(error as Error).cause ?? (error as Error).message}). Start it with \`npm start\`, or pass --url.`);
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLAnswer;
  } catch {
    throw new Error(`the API at ${url} answered HTTP ${response.status} without JSON: ${text.slice(0, 200)}`);
  }
}

// ------------------------------------------------------------------ formatting

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are plain JSON shaped by the operations */
type Any = any;

const RELATION_SV: Record<string, string> = {
  PART_OF: "är en del av",
  ANNEXED_TO: "är bilaga till",
  TERM_FOLLOWS: "har avtalstid som följer",
  BUILDS_ON: "bygger på",
  IMPLEMENTS: "tillämpar/stödjer",
  REFERENCES: "hänvisar till",
  REPLACES: "ersätter",
  REVISES: "reviderar",
  HAS_LEGAL_BASIS: "har lagstöd i",
  CONTINUES: "är en fortsättning på",
  COMMISSIONED_BY: "har uppdragsgivaren",
  STEERED_BY: "styrs av",
  PREPARED_BY: "bereds av",
  ADVISED_BY: "har referensgruppen",
  CARRIED_OUT_BY: "genomförs av",
  REPORTS_TO: "rapporterar till",
  SUBPROJECT_OF: "är delprojekt i",
  PRODUCES: "tar fram",
  CONCERNS: "gäller",
  TAKEN_BY: "togs av",
  RECOMMENDS: "rekommenderar beslut hos",
  ADVISES: "rekommenderar beslut hos",
  PARTY_TO: "är part i",
  ASSIGNS: "ger uppdraget",
  GRANTED_BY: "beviljas av",
  DIRECTED_TO: "är riktat till",
  FLOWS_FROM: "pengar från",
  FLOWS_TO: "pengar till",
  FOLLOWS: "följer på",
  AUTHORISED_BY: "godkändes genom",
  MILESTONE_OF: "är ett steg i",
  OF_FUND: "är ett steg i flödet för",
};

const EFFECT_SV: Record<string, string> = {
  PART_AFFECTED: "del av ett berört dokument",
  TERM_ENDS_WITH_IT: "avtalstiden följer avtalet",
  LOSES_BASIS: "tillämpar/bygger på ett berört dokument",
  REFERENCE_AFFECTED: "hänvisar till ett berört dokument",
  SUCCESSOR: "ersätter eller reviderar ett berört dokument",
  WORK_ON_AFFECTED_DOCUMENT: "arbete med ett berört dokument",
  GOVERNS_AFFECTED_WORK: "styr, bereder eller genomför berört arbete",
  TOOK_POSITION: "har tagit ställning i frågan",
  CONCERNED: "nämns i berört dokument eller projekt",
  FUNDS_AFFECTED_WORK: "finansierar berört arbete",
};

let brief = false;
const out: string[] = [];
const say = (line = "") => out.push(line);

function name(e: Any): string {
  if (!e) return "?";
  return e.name ? `${e.name} (${e.id})` : e.id;
}

function shortDoc(d: Any): string {
  const title = String(d?.title ?? d?.id ?? "");
  return title.length > 60 ? `${title.slice(0, 57)}…` : title;
}

function quote(q: string): string {
  const flat = q.replace(/\s+/g, " ").trim();
  return flat.length > 160 ? `"${flat.slice(0, 157)}…"` : `"${flat}"`;
}

function sources(list: Any[] | undefined, indent: string): void {
  if (brief || !list?.length) return;
  for (const s of list) say(`${indent}källa: ${quote(s.quote)}${s.document ? ` — ${shortDoc(s.document)}` : ""}`);
}

function step(s: Any, indent: string): void {
  const words = RELATION_SV[s.relation] ?? s.relation;
  const from = s.from?.name ?? s.from?.id;
  const to = s.to?.name ?? s.to?.id;
  say(`${indent}${from} ${words} ${to}  [${s.relation}${s.inferred ? ", slutsats" : ""}]`);
  if (s.inferred && s.because && !brief) say(`${indent}  varför: ${s.because}`);
  sources(s.sources, `${indent}  `);
}

function huvudmanSummary(list: Any[]): string {
  const municipalities = list.filter((e) => /^org:kommun-/.test(e.id)).length;
  const others = list.filter((e) => !/^org:kommun-/.test(e.id)).map((e) => e.name);
  return [...others, ...(municipalities ? [`${municipalities} kommuner`] : [])].join(" och ");
}

function formatDependencies(d: Any): void {
  const upstream = d.direction === "DEPENDENCIES";
  say(`${upstream ? "Det här bygger" : "Det här beror"} ${upstream ? "dokumentet på" : "på"}: ${name(d.document)}`);
  say(`relationer: ${d.relationTypes.join(", ")}; högst ${d.maxDepth} steg${d.asOf ? `; i kraft ${d.asOf} (dokumentet självt ${d.documentInForce ? "i kraft" : "inte i kraft"})` : ""}`);
  say();
  if (d.dependencies.length === 0) say("Inga.");
  d.dependencies.forEach((dep: Any, i: number) => {
    say(`${i + 1}. ${name(dep.document)}${dep.document.status ? ` [${dep.document.status}]` : ""} — ${dep.depth} steg`);
    for (const s of dep.path) step(s, "     ");
  });
  if (d.truncated) say(`(fler finns; höj --max)`);
}

function formatGovernance(g: Any): void {
  say(`Styrkedja för ${name(g.subject)}`);
  say();
  for (const s of g.steps) {
    const huvudman = s.role === "PARTY" || (s.role === "RECOMMENDS_TO" && s.actors.length > 5);
    const actors = huvudman ? huvudmanSummary(s.actors) : s.actors.map((a: Any) => a.name).join(", ");
    const where = s.meeting ? ` (${s.meeting.name}${s.date ? `, ${s.date}` : ""})` : s.date ? ` (${s.date})` : "";
    say(`${String(s.order).padStart(2)}. ${ROLE_SV[s.role] ?? s.role}: ${actors}${where}   — för ${s.subject.name}`);
    if (!brief) {
      const shown = huvudman ? s.relations.slice(0, 1) : s.relations;
      for (const r of shown) step(r, "      ");
      if (huvudman && s.relations.length > 1) say(`      (samma slag av källa för alla ${s.relations.length})`);
    }
  }
  say();
  say(`Beslutar (huvudmän): ${g.decidedBy.length ? huvudmanSummary(g.decidedBy) : "framgår inte"}`);
  if (g.recommendedBy.length) say(`Rekommenderar utan eget mandat: ${g.recommendedBy.map((f: Any) => f.name).join(", ")}`);
  if (g.truncated) say("(fler relationer finns; höj --max)");
}

function sek(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? "belopp okänt" : `${amount.toLocaleString("sv-SE")} kr`;
}

function formatMoney(m: Any): void {
  say(`Pengaflöde för ${name(m.subject)}`);
  for (const f of m.funds) {
    say();
    say(`${name(f.fund)} — ${sek(f.amountSek)}${f.periodStart ? `, ${f.periodStart}–${f.periodEnd ?? ""}` : ""}`);
    if (f.purpose) say(`  syfte: ${f.purpose}`);
    for (const d of f.decisions ?? []) {
      say(`  beslut: ${d.position.name} — ${d.forum?.name ?? "forum okänt"}, ${d.meeting?.name ?? d.date ?? "möte okänt"}`);
      if (d.wording && !brief) say(`    "${d.wording}"`);
    }
    for (const c of f.continuity) say(`  ${c.from.name} ${RELATION_SV[c.relation]} ${c.to.name}`);
    for (const s of f.steps) {
      const from = s.from.map((x: Any) => x.to.name).join(", ") || "(avsändare anges inte)";
      const to = s.to.map((x: Any) => x.to.name).join(", ") || "(mottagare anges inte)";
      say(`  ${s.order}. ${s.kind}${s.status ? ` [${s.status}]` : ""}: ${from} → ${to}; ${sek(s.amountSek)}${s.distributionKey ? `; fördelning ${s.distributionKey}` : ""}`);
      if (s.name && s.order > 0) say(`     ${s.name}`);
      if (s.authorisedBy.length === 0) say("     godkänt: inget beslut anges för steget");
      for (const a of s.authorisedBy) {
        say(`     godkänt: ${a.position.name} — ${a.forum?.name ?? "forum okänt"}, ${a.meeting?.name ?? a.date ?? "möte okänt"}${a.positionType ? ` (${a.positionType})` : ""}${a.link.inferred ? " [slutsats]" : ""}`);
        if (a.wording && !brief) say(`       "${a.wording}"`);
        sources(a.link.sources, "       ");
      }
      if (s.order > 0) sources(s.sources, "     ");
      else sources([...s.from, ...s.to].flatMap((x: Any) => x.sources ?? []), "     ");
    }
  }
  say();
  say("Summor per mottagare:");
  for (const t of m.totalsByRecipient) say(`  ${t.party.name}: ${sek(t.amountSek)} (${t.movements} rörelser, ${t.movementsWithoutAmount} utan känt belopp)`);
  say("Summor per källa:");
  for (const t of m.totalsBySource) say(`  ${t.party.name}: ${sek(t.amountSek)} (${t.movements} rörelser, ${t.movementsWithoutAmount} utan känt belopp)`);
}

function formatTimeline(t: Any): void {
  say(`Tidslinje för ${name(t.subject)}${t.from || t.to ? ` (${t.from ?? ""}–${t.to ?? ""})` : ""}`);
  say();
  for (const e of t.events) {
    const when = e.date ? (e.precision === "MONTH" ? e.date.slice(0, 7) : e.precision === "YEAR" ? e.date.slice(0, 4) : e.date) : "okänt datum";
    const span = e.endDate ? `–${e.endDate}` : "";
    const about = e.about.id === t.subject.id ? "" : `  [${e.about.name}]`;
    say(`${(when + span).padEnd(22)} ${e.category.padEnd(16)} ${e.label}${e.forum ? ` — ${e.forum.name}` : ""}${about}`);
    if (e.wording && !brief) say(`${" ".repeat(40)}"${e.wording}"`);
    sources(e.sources.slice(0, 1), " ".repeat(40));
  }
  if (t.truncated) say("(fler händelser finns; höj --max)");
}

function formatPerson(p: Any): void {
  say(`${name(p.person)}${p.party ? ` (${p.party})` : ""}${p.aliases.length ? `, även ${p.aliases.join(", ")}` : ""}`);
  if (p.affiliations.length) say(`företräder/arbetar för: ${p.affiliations.map((a: Any) => a.to.name).join(", ")}`);
  say();
  const KIND: Record<string, string> = { ROLE: "roll", PRESENTED: "föredrog", INVITED: "kallad", ABSENT: "frånvarande", ASSIGNMENT: "uppdrag" };
  for (const e of p.entries) {
    const when = e.date ? (e.precision === "YEAR" ? e.date.slice(0, 4) : e.precision === "MONTH" ? e.date.slice(0, 7) : e.date) : "okänt datum";
    const bodies = e.bodies.length ? ` — ${e.bodies.map((b: Any) => b.name).join(", ")}` : "";
    say(`${when.padEnd(11)} ${(KIND[e.kind] ?? e.kind).padEnd(12)} ${e.label}${bodies}${e.dateBasis === "sourceDocument" ? " (datum från källdokumentet)" : ""}`);
    sources(e.link.sources.slice(0, 1), " ".repeat(25));
  }
}

function formatMeeting(m: Any, data: Any): void {
  say(`${name(m.meeting)}: ${m.date ?? ""} ${m.startTime ? `${m.startTime}–${m.endTime ?? ""}` : ""} ${m.location ?? ""} (${m.forums.map((f: Any) => f.to.name).join(", ")})`);
  const list = (title: string, people: Any[]) => {
    say();
    say(`${title} (${people.length}):`);
    for (const a of people) {
      const extra = [a.affiliations?.map((x: Any) => x.name).join(", "), a.roles?.map((x: Any) => x.name).join("; ")].filter(Boolean).join(" — ");
      say(`  ${a.person.name}${extra ? ` — ${extra}` : ""}${a.presented?.length ? ` — föredrog: ${a.presented.map((x: Any) => x.name).join("; ")}` : ""}`);
    }
    if (people[0]) sources(people[0].link.sources, "    ");
  };
  list("Kallade", m.invited);
  list("Frånvarande", m.absent);
  list("Föredragande", m.presenters);
  say();
  say(`Troligen närvarande (kallade eller föredragande och inte frånvarande; anteckningen säger inte vem som kom): ${m.presumedPresent.length}`);
  say(`  ${m.presumedPresent.map((p: Any) => p.name).join(", ")}`);
  const items: Any[] = data?.agenda?.[0]?.items ?? [];
  say();
  say(`Dagordning (${items.length} punkter):`);
  for (const item of items) {
    const presenters = item.presenters.length ? ` — föredragande: ${item.presenters.map((p: Any) => p.name).join(", ")}` : "";
    say(`  ${String(item.label ?? item.order).padEnd(4)} ${item.name}${presenters}`);
    if (item.positions.length === 0) say("       ställningstagande: inget antecknat");
    for (const p of item.positions) {
      say(`       ställningstagande (${p.positionType}): "${p.wording}"`);
      sources(p.sources.slice(0, 1), "         ");
    }
  }
}

function formatPositions(f: Any): void {
  say(`Ställningstaganden av ${name(f.forum)}${f.from || f.to ? ` ${f.from ?? ""}–${f.to ?? ""}` : ""}: ${f.total}`);
  for (const g of f.groups) {
    say();
    say(`${g.positionType} (${g.count})`);
    for (const p of g.positions) {
      const when = p.date ? (p.precision === "MONTH" ? p.date.slice(0, 7) : p.date) : "okänt datum";
      say(`  ${when.padEnd(10)} ${p.position.name}`);
      if (!brief) say(`             "${p.wording}"`);
      if (p.concerns.length && !brief) say(`             gäller: ${p.concerns.map((c: Any) => c.name).join("; ")}`);
      sources(p.sources.slice(0, 1), "             ");
    }
  }
}

function formatSearch(s: Any): void {
  say(`Sökning: "${s.text}"${s.types.length ? ` bland ${s.types.join(", ")}` : ""}`);
  say();
  s.hits.forEach((h: Any, i: number) => {
    const extra = [h.entity.status, h.date, h.forum?.name].filter(Boolean).join(", ");
    say(`${String(i + 1).padStart(2)}. ${h.entity.type.padEnd(17)} ${h.entity.name} (${h.entity.id})${extra ? ` — ${extra}` : ""}  [${h.match}${h.matchedName && h.matchedName !== h.entity.name ? `: ${h.matchedName}` : ""}] ${h.score.toFixed(2)}`);
    if (h.text && !brief) say(`     ${h.text.replace(/\s+/g, " ").slice(0, 150)}`);
  });
  if (s.hits.length === 0) say("Inga träffar (inget namn eller ingen text matchar alla orden).");
}

function formatImpact(x: Any): void {
  say(`Om ${name(x.agreement)} sägs upp eller inte förlängs`);
  const t = x.terms;
  say(`status: ${t.status ?? "okänd"}${t.renewalTerms ? `; förlängning: ${t.renewalTerms}` : ""}${t.noticeTerms ? `; uppsägning: ${t.noticeTerms}` : ""}`);
  if (t.validityText) say(`giltighet: ${t.validityText.replace(/\s+/g, " ")}`);
  const list = (title: string, items: Any[]) => {
    say();
    say(`${title} (${items.length}):`);
    for (const i of items) {
      say(`  ${name(i.entity)} — ${EFFECT_SV[i.effect] ?? i.effect}, ${i.depth} steg`);
      if (!brief) for (const s of i.path) step(s, "      ");
    }
  };
  list("Dokument", x.documents);
  list("Projekt", x.projects);
  list("Forum", x.forums);
  list("Fonder och medel", x.funds);
}

const FORMATTERS: Record<string, (answer: Any, data: Any) => void> = {
  documentDependencies: formatDependencies,
  governanceChain: formatGovernance,
  fundFlow: formatMoney,
  timeline: formatTimeline,
  personActivity: formatPerson,
  meetingAttendance: formatMeeting,
  forumPositions: formatPositions,
  search: formatSearch,
  impact: formatImpact,
};

// ------------------------------------------------------------------ names to ids

/** The id to ask about, or null (with the reason in `out`) when the text names no one entity. */
async function resolveId(url: string, question: Question, typed: string): Promise<string | null> {
  const resolution = await resolveEntity((operation, variables) => ask(url, operation, variables), typed, question.subjects);
  const list = (candidates: Candidate[]) => candidates.forEach((c, i) => say(`  ${i + 1}. ${describeCandidate(c)}`));
  switch (resolution.kind) {
    case "id":
      return resolution.id;
    case "chosen":
      say(describeChoice(typed, resolution.chosen));
      say();
      return resolution.id;
    case "ambiguous": {
      say(`Flera ligger lika nära "${typed}":`);
      list(resolution.candidates);
      const picked = await choose(resolution.candidates.length);
      if (picked === null) {
        say("Ange id eller ett mer exakt namn, t.ex.:");
        say(`  npm run ask -- ${question.swedish} ${resolution.candidates[0]!.id}`);
        return null;
      }
      say(describeChoice(typed, resolution.candidates[picked]!));
      say();
      return resolution.candidates[picked]!.id;
    }
    case "none":
      say(/^[a-z]+:/.test(typed) ? `Okänt id "${typed}".` : `Ingen träff för "${typed}"${question.subjects.length < 13 ? ` bland ${question.subjects.join(", ")}` : ""}.`);
      if (resolution.suggestions.length) {
        say("Menade du:");
        list(resolution.suggestions);
      }
      return null;
  }
}

/** In a terminal, asks which candidate to use (a number; empty to give up); otherwise null. */
async function choose(count: number): Promise<number | null> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return null;
  console.log(out.splice(0).join("\n"));
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = (await rl.question(`Välj 1–${count} (Enter avbryter): `)).trim();
    const n = Number(answer);
    return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : null;
  } finally {
    rl.close();
  }
}

// ------------------------------------------------------------------ main

async function main(): Promise<number> {
  const cli = parseCli(process.argv.slice(2));
  if (typeof cli === "string") {
    console.log(cli);
    return cli.startsWith("usage") ? 0 : 2;
  }
  brief = cli.options.has("brief");
  const url = (cli.options.get("url") as string | undefined) ?? process.env.ASK_URL ?? "http://localhost:4000/graphql";
  const { operation } = readExample(cli.question);
  const variables = variablesFor(cli);
  if (cli.question.field !== "search" && cli.positional.length > 0) {
    const id = await resolveId(url, cli.question, String(variables.id));
    if (id === null) {
      console.log(out.join("\n"));
      return 2;
    }
    variables.id = id;
  }
  const answer = await ask(url, operation, variables);
  if (cli.options.has("json")) {
    console.log(JSON.stringify(answer, null, 2));
    return answer.errors?.length ? 1 : 0;
  }
  if (answer.errors?.length) {
    for (const e of answer.errors) console.error(`${e.extensions?.code ?? "ERROR"}: ${e.message}`);
    return 1;
  }
  FORMATTERS[cli.question.field]!(answer.data![cli.question.field], answer.data);
  console.log(out.join("\n"));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
