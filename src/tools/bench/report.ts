/** The benchmark's outputs: a Markdown table and an SVG chart of latency against graph size. */
import type { CaseResult, Throughput } from "./measure.js";
import { asOfCostTable } from "./dated-cases.js";

export interface SizeResult {
  label: string;
  nodes: number;
  relationships: number;
  coldFirstQueryMs: number;
  cases: CaseResult[];
  throughput: Throughput[];
}

export interface BenchResult {
  startedAt: string;
  commit: string;
  machine: string;
  runs: number;
  sizes: SizeResult[];
}

const ms = (n: number) => n.toFixed(1);

export function markdownReport(r: BenchResult): string {
  const lines = [`Run ${r.startedAt}, commit ${r.commit}, ${r.machine}; ${r.runs} interleaved runs per case and path after warm-up.`, ""];
  lines.push("| graph | case | kind | HTTP median ms | HTTP p95 ms | Cypher median ms | Cypher p95 ms | HTTP/Cypher | db hits | answer ids |");
  lines.push("|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const s of r.sizes) {
    for (const c of s.cases) {
      lines.push(`| ${s.label} | ${c.name} | ${c.kind} | ${ms(c.http.median)} | ${ms(c.http.p95)} | ${ms(c.cypher.median)} | ${ms(c.cypher.p95)} | ${c.ratio.toFixed(2)} | ${c.dbHits} | ${c.answerIds ?? "–"} |`);
    }
  }
  lines.push(...r.sizes.flatMap((s) => asOfCostTable(s.label, s.cases)));
  lines.push("", "| graph | nodes | relationships | first query after start ms | clients | GraphQL cold (POST) req/s | GraphQL cached (GET) req/s | bare Cypher req/s | bare/cold | cached/bare | peak RSS MB |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const s of r.sizes) {
    for (const t of s.throughput) {
      lines.push(`| ${s.label} | ${s.nodes} | ${s.relationships} | ${ms(s.coldFirstQueryMs)} | ${t.clients} | ${t.graphqlPerSecond.toFixed(0)} | ${t.cachedPerSecond?.toFixed(0) ?? "–"} | ${t.barePerSecond.toFixed(0)} | ${t.ratio.toFixed(2)} | ${t.cachedPerSecond ? (t.cachedPerSecond / t.barePerSecond).toFixed(2) : "–"} | ${t.peakRssMb.toFixed(0)} |`);
    }
  }
  return lines.join("\n") + "\n";
}

/** One line per case: HTTP p95 against graph size (log-scaled nodes). Hand-written: a few lines of SVG. */
export function svgChart(r: BenchResult): string {
  const width = 760;
  const height = 420;
  const left = 60;
  const right = 180;
  const top = 20;
  const bottom = 50;
  const names = [...new Set(r.sizes.flatMap((s) => s.cases.map((c) => c.name)))];
  // A generated-entity case ("x (g01)") shares its question's colour, dashed.
  const base = (name: string) => name.replace(/ \(g01\)$/, "");
  const bases = [...new Set(names.map(base))];
  const xs = r.sizes.map((s) => Math.log10(Math.max(1, s.nodes)));
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs, minX + 1);
  // Logarithmic latency axis: the cases span from a few ms to about a second.
  const p95s = r.sizes.flatMap((s) => s.cases.map((c) => c.http.p95));
  const minY = 10 ** Math.floor(Math.log10(Math.max(0.1, Math.min(...p95s))));
  const maxY = Math.max(minY * 10, ...p95s);
  const x = (v: number) => left + ((v - minX) / (maxX - minX)) * (width - left - right);
  const y = (v: number) => height - bottom - ((Math.log10(Math.max(v, minY)) - Math.log10(minY)) / (Math.log10(maxY) - Math.log10(minY))) * (height - top - bottom);
  const colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#000000", "#aec7e8", "#98df8a", "#c5b0d5"];
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`];
  parts.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  parts.push(`<line x1="${left}" y1="${height - bottom}" x2="${width - right}" y2="${height - bottom}" stroke="black"/><line x1="${left}" y1="${top}" x2="${left}" y2="${height - bottom}" stroke="black"/>`);
  const ticks = [1, 2, 5].flatMap((m) => [0, 1, 2, 3, 4].map((e) => m * 10 ** e * minY)).filter((v) => v <= maxY).sort((p, q) => p - q);
  for (const v of ticks) {
    parts.push(`<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text><line x1="${left}" y1="${y(v)}" x2="${width - right}" y2="${y(v)}" stroke="#ddd"/>`);
  }
  r.sizes.forEach((s, i) => parts.push(`<text x="${x(xs[i]!)}" y="${height - bottom + 16}" text-anchor="middle">${s.nodes.toLocaleString("sv-SE")}</text>`));
  parts.push(`<text x="${(left + width - right) / 2}" y="${height - 10}" text-anchor="middle">noder (logaritmisk skala)</text>`);
  parts.push(`<text x="14" y="${(top + height - bottom) / 2}" transform="rotate(-90 14 ${(top + height - bottom) / 2})" text-anchor="middle">HTTP p95, ms (logaritmisk skala)</text>`);
  names.forEach((name) => {
    const colour = colours[bases.indexOf(base(name)) % colours.length]!;
    // A case asked only on some graphs (the generated ones) is drawn only there.
    const points = r.sizes.flatMap((s, i) => {
      const c = s.cases.find((x) => x.name === name);
      return c ? [`${x(xs[i]!).toFixed(1)},${y(c.http.p95).toFixed(1)}`] : [];
    });
    const dashed = name !== base(name) ? ` stroke-dasharray="5 3"` : "";
    parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2"${dashed} points="${points.join(" ")}"/>`);
  });
  bases.forEach((name, n) => parts.push(`<text x="${width - right + 10}" y="${top + 14 * n + 10}" fill="${colours[n % colours.length]}">${name}</text>`));
  if (bases.length < names.length) parts.push(`<text x="${width - right + 10}" y="${top + 14 * bases.length + 24}">streckad: om region g01</text>`);
  parts.push("</svg>");
  return parts.join("\n") + "\n";
}
