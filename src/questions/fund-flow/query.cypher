// 3. Fund flow: for a Fund, or for an Organisation (every fund it grants, is the named recipient
// of, or pays from or receives from in a flow step), the money from source to final use: the
// fund's grantor and recipient, the flow steps in order with amount, period, kind, what they
// follow, where the money leaves and goes, and the positions (decision, forum, meeting) that
// authorised them, each with its sources. Totals per recipient and source are computed from these
// rows by resolver.ts, which also keeps, as of a date, only the steps and decisions dated on or
// before it and derives the fund's state on it (src/time/fund-state.ts).
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
    fund: {{ref fund Fund}},
    amountSek: fund.amountSek, periodStart: toString(fund.periodStart), periodEnd: toString(fund.periodEnd), purpose: fund.purpose,
    periodStartPrecision: fund.periodStartPrecision, periodEndPrecision: fund.periodEndPrecision,
    inferred: coalesce(fund.inferred, false), because: fund.because,
    sources: {{sources fund}},
    links: COLLECT {
      MATCH (fund)-[r:GRANTED_BY|DIRECTED_TO|CONTINUES]-(o)
      WHERE type(r) <> 'CONTINUES' OR o:Fund
      RETURN {
        node: {{ref o}},
        step: {{step r}}
      }
    },
    decisions: COLLECT {
      MATCH (fund)<-[r:CONCERNS]-(pos:Position)
      // The position's meeting, read once for its date and reference.
      WITH fund, r, pos, head(COLLECT { MATCH (pos)<-[:RESULTED_IN]-(:AgendaItem)<-[:HAS_ITEM]-(m:Meeting) RETURN m }) AS meeting
      RETURN {
        position: {{ref pos Position}}, positionType: pos.positionType, wording: pos.wording,
        date: coalesce(toString(pos.decidedOn), toString(meeting.date), pos.decidedInMonth, meeting.month),
        forum: head(COLLECT { MATCH (pos)-[:TAKEN_BY]->(f:Forum) RETURN {{ref f Forum}} }),
        meeting: {{ref meeting Meeting}},
        agendaItem: head(COLLECT { MATCH (pos)<-[:RESULTED_IN]-(i:AgendaItem) RETURN {{ref i AgendaItem}} }),
        link: {{step r pos fund}}
      }
    },
    flows: COLLECT {
      MATCH (f:FundFlow)-[:OF_FUND]->(fund)
      WITH f ORDER BY f.order, f.id
      RETURN {
        flow: {{ref f FundFlow}},
        order: f.order, kind: f.kind, status: f.status, amountSek: f.amountSek, periodStart: toString(f.periodStart), periodEnd: toString(f.periodEnd),
        distributionKey: f.distributionKey, purpose: f.purpose, inferred: coalesce(f.inferred, false), because: f.because,
        sources: {{sources f}},
        links: COLLECT {
          MATCH (f)-[r:FLOWS_FROM|FLOWS_TO|FOLLOWS]->(o)
          RETURN {
            node: {{ref o}},
            step: {{step r f o}}
          }
        },
        authorisedBy: COLLECT {
          MATCH (f)-[r:AUTHORISED_BY]->(pos:Position)
          // The position's meeting, read once for its date and reference.
          WITH f, r, pos, head(COLLECT { MATCH (pos)<-[:RESULTED_IN]-(:AgendaItem)<-[:HAS_ITEM]-(m:Meeting) RETURN m }) AS meeting
          RETURN {
            position: {{ref pos Position}}, positionType: pos.positionType, wording: pos.wording,
            date: coalesce(toString(pos.decidedOn), toString(meeting.date), pos.decidedInMonth, meeting.month),
            forum: head(COLLECT { MATCH (pos)-[:TAKEN_BY]->(fo:Forum) RETURN {{ref fo Forum}} }),
            meeting: {{ref meeting Meeting}},
            agendaItem: head(COLLECT { MATCH (pos)<-[:RESULTED_IN]-(i:AgendaItem) RETURN {{ref i AgendaItem}} }),
            link: {{step r f pos}}
          }
        }
      }
    }
  }) AS funds
}
RETURN {{ref s}} AS subject,
  funds
