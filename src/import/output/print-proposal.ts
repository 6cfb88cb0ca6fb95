/** Proposal → a readable text in Swedish for the terminal. */
import type { Proposal, ProposedEntity } from "../propose/proposal-schema.js";

const STATUS = { new: "ny", known: "känd", ambiguous: "tvetydig", conflicting: "motstridig", refines: "förfinar" } as const;

function status(e: ProposedEntity): string {
  let s = `[${STATUS[e.status]}]`;
  if (e.candidates?.length) s += ` kandidater: ${e.candidates.map((c) => `${c.name} (${c.id})`).join(", ")}`;
  if (e.conflicts?.length) s += ` skiljer sig i: ${e.conflicts.map((c) => `${c.field} (grafen: ${JSON.stringify(c.graph)}, dokumentet: ${JSON.stringify(c.document)})`).join(", ")}`;
  if (e.refines?.length) s += ` förfinar: ${e.refines.map((c) => `${c.field} (grafen: ${c.graph === null ? "saknas" : JSON.stringify(c.graph)}, dokumentet: ${JSON.stringify(c.document)})`).join(", ")}`;
  if (e.incomplete) s += " [ofullständig: sidan tar slut]";
  if (e.inferred) s += ` [härlett: ${e.because}]`;
  return s;
}

const quote = (e: { quotes: string[] }) => `      ”${e.quotes[0]!.replace(/\s+/g, " ").slice(0, 140)}”`;

export function printProposal(p: Proposal): string {
  const out: string[] = [];
  const d = p.document;
  out.push(`Dokument: ${d.title}`, `  fil: ${d.input} (${d.format}, ${d.encoding}) → ${d.file}, ${d.seedFile}`, `  form: ${d.shape}, typ: ${d.kind}${d.date ? `, datum: ${d.date}` : d.year ? `, år: ${d.year}` : ""}${d.url ? `, adress: ${d.url}` : ""}`);
  const byId = new Map(p.entities.map((e) => [e.id, e]));
  const rel = (type: string, from?: string, to?: string) => p.relations.filter((r) => r.type === type && (!from || r.from === from) && (!to || r.to === to));
  for (const m of p.entities.filter((e) => e.type === "Meeting")) {
    const f = m.fields;
    out.push("", `Möte: ${f.name} ${status(m)}`, `  datum ${f.date ?? "-"}, tid ${f.startTime ?? "-"}–${f.endTime ?? "-"}, plats ${f.location ?? "-"}`, quote(m));
    for (const [type, label] of [["INVITED_TO", "Inbjudna"], ["ABSENT_FROM", "Frånvarande"]] as const) {
      const people = rel(type, undefined, m.id).map((r) => byId.get(r.from)!);
      if (people.length) out.push(`  ${label}: ${people.map((pe) => `${pe.fields.name}${orgOf(p, pe.id)} [${STATUS[pe.status]}]`).join(", ")}`);
    }
    const items = rel("HAS_ITEM", m.id).map((r) => byId.get(r.to)!).filter(Boolean);
    out.push("  Dagordning:");
    for (const it of items) {
      out.push(`   ${it.fields.label ?? it.fields.order}. ${it.fields.name} (${it.fields.kind}) ${status(it)}`);
      for (const r of rel("PRESENTED_BY", it.id)) {
        const pe = byId.get(r.to)!;
        out.push(`      föredragande: ${pe.fields.name}${orgOf(p, pe.id)} ${status(pe)}`);
      }
      for (const r of rel("RESULTED_IN", it.id)) {
        const pos = byId.get(r.to)!;
        out.push(`      ställningstagande (${pos.fields.positionType}): ”${pos.fields.wording}”${pos.fields.name !== pos.fields.wording ? ` — ${pos.fields.name}` : ""} ${status(pos)}`);
      }
    }
  }
  const section = (title: string, filter: (e: ProposedEntity) => boolean) => {
    const list = p.entities.filter(filter);
    if (!list.length) return;
    out.push("", `${title}:`);
    for (const e of list) out.push(`  ${e.fields.name ?? e.id} (${e.id}) ${status(e)}${e.notes?.length ? ` — ${e.notes.join("; ")}` : ""}`, quote(e));
  };
  const inMeeting = new Set(p.relations.filter((r) => ["RESULTED_IN"].includes(r.type)).map((r) => r.to));
  section("Ställningstaganden i löptext", (e) => e.type === "Position" && !inMeeting.has(e.id));
  section("Personer", (e) => e.type === "Person");
  section("Organisationer och forum", (e) => e.type === "Organisation" || e.type === "Forum");
  section("Avtal och styrdokument", (e) => e.type === "GoverningDocument");
  section("Medel", (e) => e.type === "Fund" || e.type === "FundFlow");
  const planned = p.entities.filter((e) => e.type === "Meeting" && !p.relations.some((r) => r.type === "HAS_ITEM" && r.from === e.id));
  if (planned.length) out.push("", "Andra möten som nämns:", ...planned.map((e) => `  ${e.fields.name} (${e.id}) ${e.fields.status ?? ""} ${status(e)}`));
  if (p.amounts.length) out.push("", "Belopp:", ...p.amounts.map((a) => `  ${a.text} = ${a.value} ${a.unit === "SEK" ? "kr" : "%"}  ”${a.quote.slice(0, 100)}”`));
  if (p.dates.length) out.push("", "Datum och tidsfrister:", ...p.dates.map((x) => `  ${x.text} → ${x.value}${x.endValue ? `–${x.endValue}` : ""} (${x.precision}${x.because ? `; härlett: ${x.because}` : x.yearFromContext ? ", år från sammanhanget" : ""})`));
  if (p.questions.length) out.push("", "Frågor till granskaren (inte länkade):", ...p.questions.map((q) => `  rad ${q.line}: ${q.text.slice(0, 80)} — ${q.because}${q.candidates.length ? ` (kandidater: ${q.candidates.map((c) => c.id).join(", ")})` : ""}`));
  if (p.medskick.length) out.push("", "Medskick:", ...p.medskick.map((q) => `  ${q}`));
  if (p.unresolved.length) out.push("", "Kunde inte läsas eller lösas upp:", ...p.unresolved.map((u) => `  rad ${u.line}: ${u.reason}: ${u.text.slice(0, 100)}`));
  if (p.warnings.length) out.push("", "Varningar:", ...p.warnings.map((w) => `  ${w}`));
  const count = (s: string) => p.entities.filter((e) => e.status === s).length;
  out.push("", `Summa: ${p.entities.length} entiteter (${count("new")} nya, ${count("known")} kända, ${count("ambiguous")} tvetydiga, ${count("conflicting")} motstridiga, ${count("refines")} förfinar), ${p.relations.length} relationer, ${p.questions.length} frågor, ${p.unresolved.length} olästa`);
  return out.join("\n");
}

function orgOf(p: Proposal, personId: string): string {
  const r = p.relations.find((x) => x.type === "AFFILIATED_WITH" && x.from === personId);
  return r ? `, ${p.entities.find((e) => e.id === r.to)?.fields.name ?? r.to}` : "";
}
