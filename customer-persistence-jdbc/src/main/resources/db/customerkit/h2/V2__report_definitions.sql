-- Saved report definitions per tenant (ReportDefinitionStore), as text the core reads back.

CREATE TABLE IF NOT EXISTS ${prefix}report_definitions (
  tenant_id         VARCHAR(64)      NOT NULL,
  name              VARCHAR(200)     NOT NULL,
  title             VARCHAR(1000)    NOT NULL,
  base_view         VARCHAR(200)     NOT NULL,
  filter_lines      VARCHAR(1000000) NOT NULL,
  column_names      VARCHAR(1000000) NOT NULL,
  sort_text         VARCHAR(500)     NOT NULL,
  language          VARCHAR(8)       NOT NULL,
  orientation       VARCHAR(16)      NOT NULL,
  group_by          VARCHAR(200)     NOT NULL,
  include_archived  BOOLEAN          NOT NULL,
  CONSTRAINT ${prefix}report_definitions_pk PRIMARY KEY (tenant_id, name)
);
