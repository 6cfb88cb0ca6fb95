/**
 * One review report for a batch, grouped by status: what is new (once, with every page that
 * names it), what is asked (ambiguous entities and questions), what refines or conflicts with
 * the graph, what is inferred, incomplete or could not be read, which pages were refused, and
 * which known entities the pages mention. Each fact carries its quote and page. JSON for tools,
 * Markdown for the reviewer; both deterministic.
 */
import type { Proposal, ProposedEntity } from "../propose/proposal-schema.js";

export interface ReportPage {
  input: string;
  seedFile: string;
  sourceFile: string;
  title: string;
  shape: string;
  date?: string;
}

interface Occurrence {
  page: string;
  quotes: string[];
}

export interface ReportFact {
  id: string;
  type: string;
  name: string;
  /** The seed file that defines it (new and ambiguous facts). */
  definedIn?: string;
  pages: Occurrence[];
  candidates?: { id: string; name: string }[];
  because?: string;
  fields?: { field: string; graph: unknown; document: unknown }[];
}

export interface ReviewReport {
  pages: ReportPage[];
  refused: { input: string; reason: string }[];
  new: ReportFact[];
  ambiguous: ReportFact[];
  refines: ReportFact[];
  conflicting: ReportFact[];
  inferred: (ReportFact | { relation: string; from: string; to: string; because: string; pages: Occurrence[] })[];
  incomplete: ReportFact[];
  questions: { page: string; line: number; text: string; candidates: { id: string; name: string }[]; because: string }[];
  unresolved: { page: string; line: number; text: string; reason: string }[];
  known: ReportFact[];
}

export function reviewReport(pages: { input: string; seedFile: string; proposal: Proposal }[], refused: { input: string; reason: string }[], definedIn: Map<string, string>): ReviewReport {
  const facts = new Map<string, ReportFact & { status: ProposedEntity["status"]; inferred: boolean; incomplete: boolean }>();
  const page = (input: string) => input.split("/").at(-1)!;
  const report: ReviewReport = { pages: [], refused: refused.map((r) => ({ input: page(r.input), reason: r.reason })), new: [], ambiguous: [], refines: [], conflicting: [], inferred: [], incomplete: [], questions: [], unresolved: [], known: [] };
  const relations = new Map<string, { relation: string; from: string; to: string; because: string; pages: Occurrence[] }>();
  for (const p of pages) {
    const d = p.proposal.document;
    report.pages.push({ input: page(p.input), seedFile: p.seedFile, sourceFile: d.file, title: d.title, shape: d.shape, ...(d.date ? { date: d.date } : {}) });
    for (const e of p.proposal.entities) {
      let f = facts.get(e.id);
      if (!f) {
        // A fact defined by an earlier page of the batch keeps that page's status (new), not "known".
        const status = definedIn.has(e.id) && e.status === "known" ? "new" : e.status;
        f = { id: e.id, type: e.type, name: String(e.fields.name ?? e.id), status, inferred: e.inferred, incomplete: !!e.incomplete, pages: [], ...(definedIn.has(e.id) ? { definedIn: definedIn.get(e.id) } : {}) };
        if (e.candidates) f.candidates = e.candidates;
        if (e.because) f.because = e.because;
        if (e.conflicts) f.fields = e.conflicts;
        if (e.refines) f.fields = e.refines;
        if (e.status === "ambiguous") f.because = e.notes?.find((n) => n.startsWith("möjligen samma som")) ?? f.because;
        facts.set(e.id, f);
      }
      f.pages.push({ page: page(p.input), quotes: e.quotes });
    }
    for (const r of p.proposal.relations.filter((x) => x.inferred)) {
      const key = `${r.type}|${r.from}|${r.to}`;
      const entry = relations.get(key) ?? { relation: r.type, from: r.from, to: r.to, because: r.because ?? "", pages: [] };
      entry.pages.push({ page: page(p.input), quotes: r.quotes });
      relations.set(key, entry);
    }
    for (const q of p.proposal.questions) report.questions.push({ page: page(p.input), ...q });
    for (const u of p.proposal.unresolved) report.unresolved.push({ page: page(p.input), ...u });
  }
  for (const f of facts.values()) {
    const { status, inferred, incomplete, ...fact } = f;
    if (status === "known") report.known.push(fact);
    else report[status].push(fact);
    if (inferred) report.inferred.push(fact);
    if (incomplete) report.incomplete.push(fact);
  }
  report.inferred.push(...relations.values());
  return report;
}

const q = (s: string) => `”${s.replace(/\s+/g, " ").slice(0, 160)}”`;
const where = (o: Occurrence[]) => o.map((x) => `${x.page}: ${q(x.quotes[0] ?? "")}`).join("; ");

export function reviewMarkdown(r: ReviewReport): string {
  const out: string[] = ["# Granskning av importen", "", `${r.pages.length} sidor importerade, ${r.refused.length} avvisade. Varje fakta med citat och sida.`, ""];
  out.push("## Sidor", "", "| sida | titel | form | datum | seed-fil |", "|---|---|---|---|---|", ...r.pages.map((p) => `| ${p.input} | ${p.title} | ${p.shape} | ${p.date ?? "–"} | ${p.seedFile} |`), "");
  const section = (title: string, lines: string[]) => {
    out.push(`## ${title} (${lines.length})`, "");
    out.push(...(lines.length ? lines : ["Inga."]), "");
  };
  section("Avvisade sidor", r.refused.map((x) => `- ${x.input}: ${x.reason}`));
  section("Tvetydiga (frågas, sammanfogas inte)", r.ambiguous.map((f) => `- \`${f.id}\` ${f.name} — kandidater ${f.candidates?.map((c) => `\`${c.id}\``).join(", ") ?? "–"}; ${f.because ?? ""} — ${where(f.pages)}`));
  section("Frågor (inte länkade)", r.questions.map((x) => `- ${x.page} rad ${x.line}: ${q(x.text)} — ${x.because}${x.candidates.length ? ` (kandidater ${x.candidates.map((c) => `\`${c.id}\``).join(", ")})` : ""}`));
  section("Förfinar grafen", r.refines.map((f) => `- \`${f.id}\` ${f.name}: ${f.fields?.map((c) => `${c.field} ${JSON.stringify(c.document)} (grafen ${c.graph === null ? "saknar" : JSON.stringify(c.graph)})`).join(", ")} — ${where(f.pages)}`));
  section("Motstridiga", r.conflicting.map((f) => `- \`${f.id}\` ${f.name}: ${f.fields?.map((c) => `${c.field} (grafen ${JSON.stringify(c.graph)}, sidan ${JSON.stringify(c.document)})`).join(", ")} — ${where(f.pages)}`));
  section("Härledda", r.inferred.map((f) => ("relation" in f ? `- ${f.relation} \`${f.from}\` → \`${f.to}\`: ${f.because} — ${where(f.pages)}` : `- \`${f.id}\` ${f.name}: ${f.because ?? ""} — ${where(f.pages)}`)));
  section("Ofullständiga (sidan tar slut)", r.incomplete.map((f) => `- \`${f.id}\` ${f.name} — ${where(f.pages)}`));
  section("Kunde inte läsas", r.unresolved.map((u) => `- ${u.page} rad ${u.line}: ${u.reason}: ${q(u.text)}`));
  section("Nya", r.new.map((f) => `- \`${f.id}\` (${f.type}) ${f.name}${f.definedIn ? ` [definieras i ${f.definedIn}]` : ""} — ${where(f.pages)}`));
  section("Kända (omnämnanden)", r.known.map((f) => `- \`${f.id}\` ${f.name} — ${f.pages.map((p) => p.page).join(", ")}`));
  return out.join("\n");
}
