// Constraints and indexes. Applied at start-up and before seeding; every statement is
// idempotent (IF NOT EXISTS). Every node of the domain also carries the label Entity, so ids
// are unique across all types and one full-text index covers them all.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_document_id IF NOT EXISTS FOR (n:SourceDocument) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT forum_id IF NOT EXISTS FOR (n:Forum) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT membership_id IF NOT EXISTS FOR (n:Membership) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agenda_item_id IF NOT EXISTS FOR (n:AgendaItem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT position_id IF NOT EXISTS FOR (n:Position) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT governing_document_id IF NOT EXISTS FOR (n:GoverningDocument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fund_id IF NOT EXISTS FOR (n:Fund) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fund_flow_id IF NOT EXISTS FOR (n:FundFlow) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT milestone_id IF NOT EXISTS FOR (n:Milestone) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;

// Names are looked up and sorted on every list page.
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX forum_name IF NOT EXISTS FOR (n:Forum) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX membership_name IF NOT EXISTS FOR (n:Membership) ON (n.name);
CREATE INDEX meeting_name IF NOT EXISTS FOR (n:Meeting) ON (n.name);
CREATE INDEX agenda_item_name IF NOT EXISTS FOR (n:AgendaItem) ON (n.name);
CREATE INDEX position_name IF NOT EXISTS FOR (n:Position) ON (n.name);
CREATE INDEX governing_document_name IF NOT EXISTS FOR (n:GoverningDocument) ON (n.name);
CREATE INDEX fund_name IF NOT EXISTS FOR (n:Fund) ON (n.name);
CREATE INDEX fund_flow_name IF NOT EXISTS FOR (n:FundFlow) ON (n.name);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX milestone_name IF NOT EXISTS FOR (n:Milestone) ON (n.name);
CREATE INDEX topic_name IF NOT EXISTS FOR (n:Topic) ON (n.name);

// Timelines and period filters.
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX meeting_month IF NOT EXISTS FOR (n:Meeting) ON (n.month);
CREATE INDEX milestone_date IF NOT EXISTS FOR (n:Milestone) ON (n.date);
CREATE INDEX position_type IF NOT EXISTS FOR (n:Position) ON (n.positionType);
// The events of a period (src/questions/events/) start from the dated properties.
CREATE INDEX governing_document_valid_from IF NOT EXISTS FOR (n:GoverningDocument) ON (n.validFrom);
CREATE INDEX governing_document_valid_to IF NOT EXISTS FOR (n:GoverningDocument) ON (n.validTo);
CREATE INDEX governing_document_extended_until IF NOT EXISTS FOR (n:GoverningDocument) ON (n.extendedUntil);
CREATE INDEX membership_valid_from IF NOT EXISTS FOR (n:Membership) ON (n.validFrom);
CREATE INDEX membership_as_of IF NOT EXISTS FOR (n:Membership) ON (n.asOf);
CREATE INDEX governing_document_kind IF NOT EXISTS FOR (n:GoverningDocument) ON (n.kind);
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);

// One Swedish full-text index over names, aliases, descriptions and positions' wording
// (the loader keeps searchText up to date). The Swedish analyzer lower-cases and stems and
// treats å, ä and ö as the letters they are.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'swedish' } };

// Change tracking (src/changes/): the graph's version, tombstones of removed facts, and the
// change feed's scan by modification time.
CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (n:GraphMeta) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tombstone_id IF NOT EXISTS FOR (n:Tombstone) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_modified_at IF NOT EXISTS FOR (n:Entity) ON (n.modifiedAt);
CREATE INDEX source_document_modified_at IF NOT EXISTS FOR (n:SourceDocument) ON (n.modifiedAt);
CREATE INDEX tombstone_modified_at IF NOT EXISTS FOR (n:Tombstone) ON (n.modifiedAt);
