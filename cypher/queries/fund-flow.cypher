// 3. Fund flow: for a Fund, or for an Organisation (every fund it grants, is the named recipient
// of, or pays from or receives from in a flow step), the money from source to final use: the
// fund's grantor and recipient, the flow steps in order with amount, period, kind, what they
// follow, where the money leaves and goes, and the positions (decision, forum, meeting) that
// authorised them, each with its sources. Totals per recipient and source are computed from these
// rows by src/analysis/fund-flow.ts.
// Parameters: $id. Returns one row: `subject` (null when the id is unknown) and `funds`.
OPTIONAL MATCH (s:Entity {id: $id})
CALL (s) {
  CALL (s) {
    WITH s WHERE s:Fund
    RETURN s AS fund
    UNION
    MATCH (s:Organisation)<-[:GRANTED_BY|DIRECTED_TO]-(fund:Fund)
    RETURN fund
    UNION
    MATCH (s:Organisation)<-[:FLOWS_FROM|FLOWS_TO]-(:FundFlow)-[:OF_FUND]->(fund:Fund)
    RETURN fund
  }
  WITH fund
  ORDER BY fund.periodStart, fund.id
  RETURN collect({
    fund: fund {.id, .name, .shortName, .status, type: 'Fund', kind: toString(fund.kind)},
    amountSek: fund.amountSek, periodStart: toString(fund.periodStart), periodEnd: toString(fund.periodEnd), purpose: fund.purpose,
    inferred: coalesce(fund.inferred, false), because: fund.because,
    sources: COLLECT { UNWIND range(0, size(coalesce(fund.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: fund.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: fund.sourceQuotes[i]} },
    links: COLLECT {
      MATCH (fund)-[r:GRANTED_BY|DIRECTED_TO|CONTINUES]-(o)
      WHERE type(r) <> 'CONTINUES' OR o:Fund
      RETURN {
        node: o {.id, .name, .shortName, .status, type: [l IN labels(o) WHERE l <> 'Entity'][0], kind: toString(o.kind)},
        step: {relation: type(r), from: startNode(r).id, to: endNode(r).id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
          sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
      }
    },
    decisions: COLLECT {
      MATCH (fund)<-[r:CONCERNS]-(pos:Position)
      // The position's meeting, read once for its date and reference.
      WITH fund, r, pos, head(COLLECT { MATCH (pos)<-[:RESULTED_IN]-(:AgendaItem)<-[:HAS_ITEM]-(m:Meeting) RETURN m }) AS meeting
      RETURN {
        position: pos {.id, .name, .shortName, .status, type: 'Position', kind: pos.positionType}, positionType: pos.positionType, wording: pos.wording,
        date: coalesce(toString(pos.decidedOn), toString(meeting.date), pos.decidedInMonth, meeting.month),
        forum: head(COLLECT { MATCH (pos)-[:TAKEN_BY]->(f:Forum) RETURN f {.id, .name, .shortName, .status, type: 'Forum', kind: toString(f.kind)} }),
        meeting: meeting {.id, .name, .shortName, .status, type: 'Meeting', kind: toString(meeting.kind)},
        agendaItem: head(COLLECT { MATCH (pos)<-[:RESULTED_IN]-(i:AgendaItem) RETURN i {.id, .name, .shortName, .status, type: 'AgendaItem', kind: toString(i.kind)} }),
        link: {relation: type(r), from: pos.id, to: fund.id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
          sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
      }
    },
    flows: COLLECT {
      MATCH (f:FundFlow)-[:OF_FUND]->(fund)
      WITH f ORDER BY f.order, f.id
      RETURN {
        flow: f {.id, .name, .shortName, .status, type: 'FundFlow', kind: toString(f.kind)},
        order: f.order, kind: f.kind, status: f.status, amountSek: f.amountSek, periodStart: toString(f.periodStart), periodEnd: toString(f.periodEnd),
        distributionKey: f.distributionKey, purpose: f.purpose, inferred: coalesce(f.inferred, false), because: f.because,
        sources: COLLECT { UNWIND range(0, size(coalesce(f.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: f.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: f.sourceQuotes[i]} },
        links: COLLECT {
          MATCH (f)-[r:FLOWS_FROM|FLOWS_TO|FOLLOWS]->(o)
          RETURN {
            node: o {.id, .name, .shortName, .status, type: [l IN labels(o) WHERE l <> 'Entity'][0], kind: toString(o.kind)},
            step: {relation: type(r), from: f.id, to: o.id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
              sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
          }
        },
        authorisedBy: COLLECT {
          MATCH (f)-[r:AUTHORISED_BY]->(pos:Position)
          // The position's meeting, read once for its date and reference.
          WITH f, r, pos, head(COLLECT { MATCH (pos)<-[:RESULTED_IN]-(:AgendaItem)<-[:HAS_ITEM]-(m:Meeting) RETURN m }) AS meeting
          RETURN {
            position: pos {.id, .name, .shortName, .status, type: 'Position', kind: pos.positionType}, positionType: pos.positionType, wording: pos.wording,
            date: coalesce(toString(pos.decidedOn), toString(meeting.date), pos.decidedInMonth, meeting.month),
            forum: head(COLLECT { MATCH (pos)-[:TAKEN_BY]->(fo:Forum) RETURN fo {.id, .name, .shortName, .status, type: 'Forum', kind: toString(fo.kind)} }),
            meeting: meeting {.id, .name, .shortName, .status, type: 'Meeting', kind: toString(meeting.kind)},
            agendaItem: head(COLLECT { MATCH (pos)<-[:RESULTED_IN]-(i:AgendaItem) RETURN i {.id, .name, .shortName, .status, type: 'AgendaItem', kind: toString(i.kind)} }),
            link: {relation: type(r), from: f.id, to: pos.id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
              sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
          }
        }
      }
    }
  }) AS funds
}
RETURN s {.id, .name, .shortName, .status, type: [l IN labels(s) WHERE l <> 'Entity'][0], kind: toString(coalesce(s.kind, s.positionType, s.role))} AS subject,
  funds
