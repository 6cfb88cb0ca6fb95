/**
 * Generates a nation-sized graph shaped like the seed graph, as a stream of batches: 21 regions,
 * each with its municipalities, kommunalförbund and forums, then monthly meetings of every forum
 * (agenda items, presenters, positions), agreements in versions with their överenskommelser and
 * riktlinjer, grants with 3–5 flow steps, projects and milestones, people holding several roles
 * over time, aliases; every fact cites a generated source document with a quoted passage, and
 * about as many are inferred (with `because`) as in the seed graph.
 *
 * Deterministic: the same seed and scale give the same batches. Generation stops once the node
 * count reaches the target, at the end of a meeting (a meeting never loses its items). A
 * relationship only refers to nodes emitted in the same or an earlier batch. Nodes are emitted
 * with plain JSON properties (dates as YYYY-MM-DD strings); csv-writer.ts types them.
 */
import { BatchEmitter, type GenerateOptions, type GeneratedBatch } from "./batch.js";
import { AREAS, FIRST_NAMES, FIRST_YEAR, LAST_NAMES, MONTHS, MUNICIPALITIES_PER_REGION, pad, POSITION_TYPES, POSITION_WORDING, REGIONS, YEARS, type Forum, type Region } from "./nation-words.js";
import { Random } from "./prng.js";
import type { SeedProfile } from "./profile.js";
import { TextPool } from "./text.js";

export { GENERATED_ORIGIN, type GeneratedBatch, type GeneratedNode, type GeneratedRelation, type GeneratedSourceDocument, type GenerateOptions } from "./batch.js";

export class NationGenerator extends BatchEmitter {
  private readonly random: Random;
  private readonly topics: string[] = [];
  private lawId = "";
  private agencyId = "";

  constructor(
    profile: SeedProfile,
    private readonly options: GenerateOptions,
  ) {
    const random = new Random(options.seed);
    super(profile, new TextPool(random.fork("text")));
    this.random = random;
  }

  *batches(): Generator<GeneratedBatch> {
    // A batch is held in memory until the CSV writer takes it, so its size bounds the generator's
    // memory; load-generated.ts asks for larger batches than this default.
    const limit = this.options.batchNodes ?? 2_000;
    const full = () => this.batch.nodes.length + this.batch.documents.length >= limit;
    this.national();
    const regions: Region[] = [];
    // Region after region, each over fifteen years; if the target is larger than one nation's
    // fifteen years, further fifteen-year epochs follow back in time.
    for (let epoch = 0; this.emitted < this.options.nodes; epoch++) {
      for (let r = 0; r < REGIONS.length && this.emitted < this.options.nodes; r++) {
        const random = this.random.fork(`region-${r}-${epoch}`);
        const region = (regions[r] ??= this.region(random, r));
        const firstYear = FIRST_YEAR - epoch * YEARS;
        for (let y = 0; y < YEARS && this.emitted < this.options.nodes; y++) {
          this.year(random, region, firstYear + y, epoch);
          if (full()) yield this.flush();
        }
      }
    }
    if (this.batch.nodes.length + this.batch.documents.length + this.batch.relations.length > 0) yield this.flush();
  }

  // ---- the nation ------------------------------------------------------------------------

  private national(): void {
    const random = this.random.fork("national");
    const doc = this.document({ id: "g-nationellt-register.txt", title: "Nationellt register (genererat)", kind: "REGISTER", year: FIRST_YEAR, description: "Genererat register över myndigheter, lagar och ämnen." });
    this.agencyId = this.node(random, "Organisation", "org:g-socialdepartementet", { name: "Socialdepartementet (genererad)", kind: "GOVERNMENT_AGENCY" }, doc);
    this.lawId = this.node(random, "GoverningDocument", "doc:g-halso-och-sjukvardslag", { name: "Hälso- och sjukvårdslag (genererad)", kind: "LAW", status: "IN_FORCE" }, doc);
    for (let t = 0; t < 40; t++) {
      this.topics.push(this.node(random, "Topic", `topic:g-${pad(t)}`, { name: this.name(random, "Topic", AREAS[t % AREAS.length]!) }, doc));
    }
  }

  private region(random: Random, r: number): Region {
    const code = `g${pad(r + 1)}`;
    const name = `Region ${REGIONS[r]}`;
    const doc = this.document({ id: `${code}-register.txt`, title: `${name}: register (genererat)`, kind: "REGISTER", year: FIRST_YEAR, description: `Genererat register över ${name}s organisationer och forum.` });
    const regionOrg = this.node(random, "Organisation", `org:${code}-region`, { name, kind: "REGION", isHuvudman: true, shortName: `R${pad(r + 1)}` }, doc);
    const committee = this.node(random, "Organisation", `org:${code}-hsn`, { name: `Hälso- och sjukvårdsnämnden i ${name}`, kind: "COMMITTEE" }, doc);
    this.rel(random, "PART_OF", committee, regionOrg, doc);
    const joint = this.node(random, "Organisation", `org:${code}-kommunerna`, { name: `Kommunerna i ${REGIONS[r]}`, kind: "ASSOCIATION_OF_ASSOCIATIONS" }, doc);
    const municipalityCount = MUNICIPALITIES_PER_REGION[r]!;
    const associations: string[] = [];
    for (let k = 0; k < Math.max(1, Math.ceil(municipalityCount / 12)); k++) {
      const id = this.node(random, "Organisation", `org:${code}-kf${k + 1}`, { name: `Kommunalförbund ${k + 1} i ${REGIONS[r]}`, kind: "MUNICIPAL_ASSOCIATION" }, doc);
      this.rel(random, "MEMBER_OF", id, joint, doc);
      associations.push(id);
    }
    const municipalities: string[] = [];
    for (let m = 0; m < municipalityCount; m++) {
      const id = this.node(random, "Organisation", `org:${code}-k${pad(m + 1)}`, { name: `Kommun ${m + 1} i ${REGIONS[r]}`, kind: "MUNICIPALITY", isHuvudman: true, municipalityCode: `${pad(r + 1)}${pad(m + 1)}` }, doc);
      this.rel(random, "MEMBER_OF", id, associations[m % associations.length]!, doc);
      municipalities.push(id);
    }
    const huvudman = [regionOrg, ...municipalities];

    // Forums: the political body, the officials' body, one per kommunalförbund, one per municipality.
    const forums: Forum[] = [];
    const forum = (short: string, title: string, kind: string, advises: string[]): Forum => {
      const id = this.node(random, "Forum", `forum:${code}-${short}`, { name: this.name(random, "Forum", title), kind, shortName: short.toUpperCase() }, doc);
      const f = { id, short, name: title, members: [], advises };
      forums.push(f);
      return f;
    };
    const political = forum("sro", `Politiskt samrådsorgan i ${name}`, "POLITICAL_CONSULTATIVE_BODY", huvudman);
    this.rel(random, "COMPOSED_OF", political.id, regionOrg, doc);
    this.rel(random, "COMPOSED_OF", political.id, joint, doc);
    for (const h of huvudman) this.rel(random, "ADVISES", political.id, h, doc);
    const officials = forum("tjp", `Tjänstepersonsberedning för vårdsamverkan i ${name}`, "COLLABORATION_BODY", [regionOrg]);
    this.rel(random, "REPORTS_TO", officials.id, political.id, doc);
    associations.forEach((a, k) => {
      const f = forum(`kf${k + 1}`, `Delregionalt samrådsorgan ${k + 1} i ${REGIONS[r]}`, "POLITICAL_CONSULTATIVE_BODY", [a]);
      this.rel(random, "COMPOSED_OF", f.id, a, doc);
      this.rel(random, "REPORTS_TO", f.id, political.id, doc);
    });
    municipalities.forEach((m, i) => {
      const f = forum(`k${pad(i + 1)}`, `Lokal vårdsamverkan kommun ${i + 1} i ${REGIONS[r]}`, "COLLABORATION_BODY", [m]);
      this.rel(random, "COMPOSED_OF", f.id, m, doc);
      this.rel(random, "REPORTS_TO", f.id, forums[2 + (i % associations.length)]!.id, doc);
    });

    // People: each holds two to four roles over time, in one or two forums.
    const persons: string[] = [];
    const personCount = 10 + forums.length * 5;
    for (let p = 0; p < personCount; p++) {
      const first = random.pick(FIRST_NAMES);
      const last = random.pick(LAST_NAMES);
      const id = this.node(random, "Person", `person:${code}-p${pad(p + 1, 4)}`, { name: `${first} ${last}`, ...(random.chance(0.2) ? { party: random.pick(["S", "M", "C", "V", "KD", "L", "MP", "SD"]) } : {}) }, doc);
      const employer = random.chance(0.3) ? regionOrg : random.pick(municipalities);
      this.rel(random, "AFFILIATED_WITH", id, employer, doc);
      persons.push(id);
      const roles = random.int(2, 4);
      let from = FIRST_YEAR - 4 + random.int(0, 8);
      for (let k = 0; k < roles; k++) {
        const body = p < forums.length * 4 ? forums[p % forums.length]! : random.pick(forums);
        body.members.push(id);
        const role = k === roles - 1 && random.chance(0.3) ? "CHAIR" : random.pick(["MEMBER", "MEMBER", "OFFICIAL", "VICE_CHAIR", "ADJUNCT"]);
        const to = from + random.int(2, 6);
        const membership = this.node(
          random,
          "Membership",
          `role:${code}-p${pad(p + 1, 4)}-${k + 1}`,
          { name: this.name(random, "Membership", `${first} ${last}, ${role.toLowerCase()} i ${body.name}`), role, validFrom: `${from}-01-01`, validTo: `${to}-12-31` },
          doc,
        );
        this.rel(random, "HOLDS", id, membership, doc);
        this.rel(random, "IN_BODY", membership, body.id, doc);
        this.rel(random, "REPRESENTS", membership, employer, doc);
        from = to + 1;
      }
    }
    const region: Region = { code, name, regionOrg, municipalities, forums, persons, documents: [], latestAgreement: "" };
    this.agreements(random, region, huvudman);
    return region;
  }

  /**
   * The healthcare agreement in versions (each replaces and follows the previous one), its
   * överenskommelser per area and version, and riktlinjer that implement them; riktlinjer
   * reference each other in pairs, so the dependency graph has cycles, and chains reach a
   * depth of four to six.
   */
  private agreements(random: Random, region: Region, parties: string[]): void {
    const doc = this.document({ id: `${region.code}-avtal.txt`, title: `${region.name}: avtal och överenskommelser (genererat)`, kind: "PUBLISHED_PAGE", year: FIRST_YEAR, description: "Genererad sammanställning av avtal, överenskommelser och riktlinjer." });
    let previous: string | undefined;
    let previousAreas: string[] = [];
    for (let v = 0; v < 4; v++) {
      const year = FIRST_YEAR + v * 4;
      const current = v === 3;
      const id = this.node(
        random,
        "GoverningDocument",
        `doc:${region.code}-hos-avtal-${year}`,
        { name: `Hälso- och sjukvårdsavtal ${region.name} ${year}`, kind: "HEALTHCARE_AGREEMENT", version: String(year), status: current ? "IN_FORCE" : "REPLACED", validFrom: `${year}-01-01`, validTo: `${year + 3}-12-31` },
        doc,
      );
      this.rel(random, "HAS_LEGAL_BASIS", id, this.lawId, doc);
      for (const p of parties) this.rel(random, "PARTY_TO", p, id, doc, { status: "PARTY" });
      if (previous) {
        this.rel(random, "REPLACES", id, previous, doc);
        this.rel(random, "TERM_FOLLOWS", id, previous, doc);
      }
      const areas: string[] = [];
      const guidelines: string[] = [];
      AREAS.forEach((area, a) => {
        const ok = this.node(
          random,
          "GoverningDocument",
          `doc:${region.code}-ok-${pad(a + 1)}-${year}`,
          { name: this.name(random, "GoverningDocument", `Överenskommelse om ${area} ${year}`), kind: "OVERENSKOMMELSE", status: current ? "IN_FORCE" : "REPLACED", validFrom: `${year}-01-01`, validTo: `${year + 3}-12-31` },
          doc,
        );
        this.rel(random, "PART_OF", ok, id, doc);
        if (previousAreas[a]) this.rel(random, "BUILDS_ON", ok, previousAreas[a]!, doc);
        areas.push(ok);
        for (let g = 0; g < 2; g++) {
          const rl = this.node(random, "GoverningDocument", `doc:${region.code}-rl-${pad(a + 1)}-${g + 1}-${year}`, { name: this.name(random, "GoverningDocument", `Riktlinje ${g + 1} för ${area} ${year}`), kind: "RIKTLINJE", status: current ? "IN_FORCE" : "REPLACED" }, doc);
          this.rel(random, "IMPLEMENTS", rl, ok, doc);
          guidelines.push(rl);
        }
      });
      // Pairs of riktlinjer that refer to each other: cycles.
      for (let g = 0; g + 1 < guidelines.length; g += 2) {
        this.rel(random, "REFERENCES", guidelines[g]!, guidelines[g + 1]!, doc);
        this.rel(random, "REFERENCES", guidelines[g + 1]!, guidelines[g]!, doc);
      }
      region.documents.push(id, ...areas, ...guidelines);
      previous = id;
      previousAreas = areas;
    }
    region.latestAgreement = previous!;
  }

  /** A year of a region: every forum's monthly meetings, then the year's grants and project. */
  private year(random: Random, region: Region, year: number, epoch: number): void {
    const positions: string[] = [];
    const suffix = epoch === 0 ? "" : `-e${epoch}`;
    for (let month = 1; month <= 12; month++) {
      if (month === 7) continue; // no meetings in July
      for (const forum of region.forums) {
        if (this.emitted >= this.options.nodes) break;
        positions.push(...this.meeting(random, region, forum, year, month, suffix));
      }
    }
    this.funds(random, region, year, positions, suffix);
    this.project(random, region, year, suffix);
  }

  private meeting(random: Random, region: Region, forum: Forum, year: number, month: number, suffix: string): string[] {
    const key = `${forum.short}-${year}-${pad(month)}${suffix}`;
    const monthName = MONTHS[month - 1]!;
    const day = random.int(1, 28);
    const doc = this.document({
      id: `${region.code}-${key}.txt`,
      title: `Minnesanteckningar ${forum.name} ${monthName} ${year}`,
      kind: "MEETING_NOTES",
      date: `${year}-${pad(month)}-${pad(day)}`,
      year,
      description: `Genererade minnesanteckningar från ${forum.name}, ${monthName} ${year}.`,
    });
    const meeting = this.node(
      random,
      "Meeting",
      `meeting:${region.code}-${key}`,
      { name: `${forum.short.toUpperCase()} ${region.name} ${monthName} ${year}`, kind: "REGULAR", status: "HELD", month: `${year}-${pad(month)}`, date: `${year}-${pad(month)}-${pad(day)}`, format: random.pick(["IN_PERSON", "DIGITAL"]) },
      doc,
    );
    this.rel(random, "OF_FORUM", meeting, forum.id, doc);
    const prevMonth = month === 8 ? 6 : month - 1;
    if (month > 1) this.rel(random, "FOLLOWS", meeting, `meeting:${region.code}-${forum.short}-${year}-${pad(prevMonth)}${suffix}`, doc);
    const members = forum.members.length ? forum.members : region.persons;
    for (const p of random.sample(members, random.int(2, 5))) this.rel(random, "INVITED_TO", p, meeting, doc);
    if (random.chance(0.3)) this.rel(random, "ABSENT_FROM", random.pick(members), meeting, doc);
    const positions: string[] = [];
    const items = this.fan(random, "Meeting", "HAS_ITEM", 5, 13);
    for (let i = 1; i <= items; i++) {
      const topic = random.pick(this.topics);
      const item = this.node(random, "AgendaItem", `item:${region.code}-${key}-${pad(i)}`, { name: this.name(random, "AgendaItem", AREAS[i % AREAS.length]!), kind: random.pick(["INFORMATION", "DECISION", "DIALOGUE", "INFORMATION_AND_DIALOGUE"]), order: i }, doc);
      this.rel(random, "HAS_ITEM", meeting, item, doc);
      const concerned = random.chance(0.5) ? random.pick(region.documents) : topic;
      this.rel(random, "CONCERNS", item, concerned, doc);
      if (random.chance(0.5)) for (const p of random.sample(region.persons, this.fan(random, "AgendaItem", "PRESENTED_BY", 1, 2))) this.rel(random, "PRESENTED_BY", item, p, doc);
      if (!random.chance(0.85)) continue;
      const count = this.fan(random, "AgendaItem", "RESULTED_IN", 1, 3);
      for (let k = 1; k <= count; k++) {
        const positionType = random.pick(POSITION_TYPES);
        const wording = `${forum.short.toUpperCase()} ${POSITION_WORDING[positionType]}`;
        const position = this.node(
          random,
          "Position",
          `position:${region.code}-${key}-${pad(i)}-${k}`,
          { name: this.name(random, "Position", `${wording} (${monthName} ${year})`), positionType, wording, order: k, decidedInMonth: `${year}-${pad(month)}` },
          doc,
        );
        this.rel(random, "RESULTED_IN", item, position, doc);
        this.rel(random, "TAKEN_BY", position, forum.id, doc);
        this.rel(random, "CONCERNS", position, concerned, doc);
        if (positionType === "RECOMMENDED_HUVUDMAN_DECISION") for (const h of forum.advises) this.rel(random, "RECOMMENDS", position, h, doc);
        positions.push(position);
      }
    }
    return positions;
  }

  /** One or two grants a year, each flowing in three to five steps, authorised by positions. */
  private funds(random: Random, region: Region, year: number, positions: string[], suffix: string): void {
    const doc = this.document({ id: `${region.code}-medel-${year}${suffix}.txt`, title: `${region.name}: medel ${year} (genererat)`, kind: "YEAR_REVIEW", year, description: `Genererad årsöversikt över statsbidrag och länsgemensamma medel ${year}.` });
    const count = random.int(1, 2);
    for (let f = 1; f <= count; f++) {
      const area = random.pick(AREAS);
      const fund = this.node(
        random,
        "Fund",
        `fund:${region.code}-${year}${suffix}-${f}`,
        { name: this.name(random, "Fund", `Statsbidrag ${year} för ${area}`), kind: "STATE_GRANT", amountSek: random.int(1, 200) * 100_000, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, purpose: `Utveckling inom ${area}.` },
        doc,
      );
      this.rel(random, "GRANTED_BY", fund, this.agencyId, doc);
      this.rel(random, "DIRECTED_TO", fund, region.regionOrg, doc);
      const steps = random.int(3, 5);
      let previous: string | undefined;
      let holder = region.regionOrg;
      for (let s = 1; s <= steps; s++) {
        const recipient = s === steps ? random.pick(this.topics) : random.pick(region.municipalities);
        const flow = this.node(
          random,
          "FundFlow",
          `flow:${region.code}-${year}${suffix}-${f}-${s}`,
          { name: this.name(random, "FundFlow", `Steg ${s}: ${area} ${year}`), kind: s === 1 ? "REQUISITION" : s === steps ? "USE" : "ALLOCATION", status: random.pick(["DECIDED", "ENDORSED"]), order: s },
          doc,
        );
        this.rel(random, "OF_FUND", flow, fund, doc);
        this.rel(random, "FLOWS_FROM", flow, holder, doc);
        this.rel(random, "FLOWS_TO", flow, recipient, doc);
        if (previous) this.rel(random, "FOLLOWS", flow, previous, doc);
        if (positions.length && random.chance(0.5)) this.rel(random, "AUTHORISED_BY", flow, random.pick(positions), doc);
        previous = flow;
        if (!recipient.startsWith("topic:")) holder = recipient;
      }
    }
  }

  private project(random: Random, region: Region, year: number, suffix: string): void {
    const doc = `${region.code}-medel-${year}${suffix}.txt`;
    const forum = random.pick(region.forums);
    const project = this.node(random, "Project", `project:${region.code}-${year}${suffix}`, { name: this.name(random, "Project", `Utvecklingsarbete ${year} i ${region.name}`), kind: "ASSIGNMENT", status: "COMPLETED", start: `${year}-01-01`, end: `${year}-12-31` }, doc);
    this.rel(random, "STEERED_BY", project, forum.id, doc);
    this.rel(random, "CARRIED_OUT_BY", project, random.pick(region.persons), doc);
    this.rel(random, "PRODUCES", project, random.pick(region.documents), doc);
    for (let m = 1; m <= 2; m++) {
      const milestone = this.node(random, "Milestone", `milestone:${region.code}-${year}${suffix}-${m}`, { name: this.name(random, "Milestone", `Delrapport ${m} ${year}`), kind: "REPORT_DUE", date: `${year}-${pad(m * 6)}-30`, precision: "DAY" }, doc);
      this.rel(random, "MILESTONE_OF", milestone, project, doc);
    }
  }
}
