-- customerkit schema, version 1 (everything up to the first release), MariaDB 10.11+.
-- ${prefix} is the table-name prefix (default ck_): a Flyway placeholder, or replaced by SchemaInstaller.
-- Every table uses utf8mb4_nopad_bin, so that order and equality are by code point (and trailing spaces count),
-- as in the in-memory store. Sort and match columns hold the precomputed keys of
-- org.customerkit.core.view.ColumnKeys and are never NULL ('' is the empty value).
-- has_vat is vat_number_sort <> '', so that the views with and without a VAT number pin it by equality: the
-- index (tenant_id, has_vat, company_name_sort, id) then walks only the customers of the view in name order.
-- Without it, the view "with a VAT number" sorted by company name steps over every person first (a person has
-- an empty company name and mostly no VAT number). phone_shown and mobile_shown hold the numbers as lists show
-- them (national format, '' for none), which saves formatting them per row. Other cells (full name, address
-- line, VAT number) are composed where they are shown, so that they can follow language.
-- An empty sort key sorts last either way: ascending pages read the range key > '' and then key = '' of the
-- same index (see ListSql), so no index more is needed for it.

CREATE TABLE IF NOT EXISTS ${prefix}customers (
  tenant_id          VARCHAR(64)  NOT NULL,
  id                 CHAR(36)     NOT NULL,
  number             VARCHAR(20)  NOT NULL,
  version            BIGINT       NOT NULL,
  party_kind         VARCHAR(10)  NOT NULL,
  company_name       VARCHAR(200),
  legal_form         VARCHAR(200),
  salutation         VARCHAR(200),
  first_name         VARCHAR(200),
  last_name          VARCHAR(200),
  street             VARCHAR(200),
  house_number       VARCHAR(40),
  box                VARCHAR(40),
  line2              VARCHAR(200),
  postal_code        VARCHAR(40),
  city               VARCHAR(200),
  country            CHAR(2),
  phone              VARCHAR(20),
  mobile             VARCHAR(20),
  email              VARCHAR(254),
  website            VARCHAR(500),
  vat_number         VARCHAR(20),
  enterprise_number  VARCHAR(10),
  vat_regime         VARCHAR(20)  NOT NULL,
  payment_term_days  INTEGER      NOT NULL,
  price_category     VARCHAR(200),
  discount_percent   VARCHAR(40)  NOT NULL,
  iban               VARCHAR(34),
  bic                VARCHAR(11),
  peppol_id          VARCHAR(100),
  extra_info         TEXT,
  created_at         VARCHAR(40)  NOT NULL,
  updated_at         VARCHAR(40)  NOT NULL,
  number_sort        VARCHAR(400) NOT NULL,
  number_match       VARCHAR(400) NOT NULL,
  company_name_sort  VARCHAR(400) NOT NULL,
  full_name_sort     VARCHAR(400) NOT NULL,
  address_sort       VARCHAR(400) NOT NULL,
  postal_code_sort   VARCHAR(400) NOT NULL,
  city_sort          VARCHAR(400) NOT NULL,
  country_sort       VARCHAR(400) NOT NULL,
  country_match      VARCHAR(400) NOT NULL,
  phone_sort         VARCHAR(400) NOT NULL,
  phone_match        VARCHAR(400) NOT NULL,
  mobile_sort        VARCHAR(400) NOT NULL,
  mobile_match       VARCHAR(400) NOT NULL,
  email_sort         VARCHAR(400) NOT NULL,
  vat_number_sort    VARCHAR(400) NOT NULL,
  vat_number_match   VARCHAR(400) NOT NULL,
  language_sort      VARCHAR(400) NOT NULL,
  status_sort        VARCHAR(400) NOT NULL,
  created_sort       VARCHAR(400) NOT NULL,
  updated_sort       VARCHAR(400) NOT NULL,
  search_words       MEDIUMTEXT         NOT NULL,
  search_digits      MEDIUMTEXT         NOT NULL,
  has_vat            BOOLEAN      NOT NULL,
  phone_shown        VARCHAR(40)  NOT NULL,
  mobile_shown       VARCHAR(40)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT ${prefix}customers_number_uq UNIQUE (tenant_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- One index per column the built-in views show, so that any single-column sort reads pages in index order.
CREATE INDEX IF NOT EXISTS ${prefix}customers_number_ix ON ${prefix}customers (tenant_id, number_sort, id);
CREATE INDEX IF NOT EXISTS ${prefix}customers_company_ix ON ${prefix}customers (tenant_id, company_name_sort, id);
CREATE INDEX IF NOT EXISTS ${prefix}customers_full_name_ix ON ${prefix}customers (tenant_id, full_name_sort, id);
CREATE INDEX IF NOT EXISTS ${prefix}customers_address_ix ON ${prefix}customers (tenant_id, address_sort, id);
CREATE INDEX IF NOT EXISTS ${prefix}customers_postal_code_ix ON ${prefix}customers (tenant_id, postal_code_sort, id);
CREATE INDEX IF NOT EXISTS ${prefix}customers_city_ix ON ${prefix}customers (tenant_id, city_sort, id);
CREATE INDEX IF NOT EXISTS ${prefix}customers_country_ix ON ${prefix}customers (tenant_id, country_sort, id);
CREATE INDEX IF NOT EXISTS ${prefix}customers_phone_ix ON ${prefix}customers (tenant_id, phone_sort, id);
CREATE INDEX IF NOT EXISTS ${prefix}customers_vat_ix ON ${prefix}customers (tenant_id, vat_number_sort, id);
CREATE INDEX IF NOT EXISTS ${prefix}customers_vat_company_ix
  ON ${prefix}customers (tenant_id, has_vat, company_name_sort, id);
-- General search has no index here: LIKE '%term%' walks the sort index of the page and stops after a page of hits.

CREATE TABLE IF NOT EXISTS ${prefix}customer_addresses (
  tenant_id     VARCHAR(64)  NOT NULL,
  customer_id   CHAR(36)     NOT NULL,
  ordinal       INTEGER      NOT NULL,
  address_type  VARCHAR(10)  NOT NULL,
  name          VARCHAR(200),
  is_default    BOOLEAN      NOT NULL,
  street        VARCHAR(200),
  house_number  VARCHAR(40),
  box           VARCHAR(40),
  line2         VARCHAR(200),
  postal_code   VARCHAR(40),
  city          VARCHAR(200),
  country       CHAR(2)      NOT NULL,
  PRIMARY KEY (tenant_id, customer_id, ordinal),
  CONSTRAINT ${prefix}customer_addresses_fk FOREIGN KEY (tenant_id, customer_id)
    REFERENCES ${prefix}customers (tenant_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE IF NOT EXISTS ${prefix}customer_contacts (
  tenant_id     VARCHAR(64)  NOT NULL,
  customer_id   CHAR(36)     NOT NULL,
  ordinal       INTEGER      NOT NULL,
  name          VARCHAR(200) NOT NULL,
  job_function  VARCHAR(200),
  email         VARCHAR(254),
  phone         VARCHAR(20),
  PRIMARY KEY (tenant_id, customer_id, ordinal),
  CONSTRAINT ${prefix}customer_contacts_fk FOREIGN KEY (tenant_id, customer_id)
    REFERENCES ${prefix}customers (tenant_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE IF NOT EXISTS ${prefix}customer_field_values (
  tenant_id     VARCHAR(64)  NOT NULL,
  customer_id   CHAR(36)     NOT NULL,
  field_key     VARCHAR(40)  NOT NULL,
  value_type    VARCHAR(10)  NOT NULL,
  value_text    VARCHAR(1000) NOT NULL,
  sort_key      VARCHAR(600) NOT NULL,
  match_text    VARCHAR(600) NOT NULL,
  PRIMARY KEY (tenant_id, customer_id, field_key),
  CONSTRAINT ${prefix}customer_field_values_fk FOREIGN KEY (tenant_id, customer_id)
    REFERENCES ${prefix}customers (tenant_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX IF NOT EXISTS ${prefix}customer_field_values_key_ix
  ON ${prefix}customer_field_values (tenant_id, field_key, sort_key, customer_id);

CREATE TABLE IF NOT EXISTS ${prefix}customer_numbers (
  tenant_id   VARCHAR(64) NOT NULL,
  series      VARCHAR(40) NOT NULL,
  last_value  BIGINT      NOT NULL,
  PRIMARY KEY (tenant_id, series)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE IF NOT EXISTS ${prefix}extra_fields (
  tenant_id   VARCHAR(64)  NOT NULL,
  field_key   VARCHAR(40)  NOT NULL,
  ordinal     INTEGER      NOT NULL,
  label       VARCHAR(200) NOT NULL,
  field_type  VARCHAR(10)  NOT NULL,
  required    BOOLEAN      NOT NULL,
  choices     MEDIUMTEXT         NOT NULL,
  PRIMARY KEY (tenant_id, field_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE IF NOT EXISTS ${prefix}saved_views (
  tenant_id         VARCHAR(64)  NOT NULL,
  owner             VARCHAR(100) NOT NULL,
  name              VARCHAR(200) NOT NULL,
  filter_lines      MEDIUMTEXT         NOT NULL,
  column_names      MEDIUMTEXT         NOT NULL,
  sort_text         VARCHAR(500) NOT NULL,
  page_size         INTEGER      NOT NULL,
  include_archived  BOOLEAN      NOT NULL,
  PRIMARY KEY (tenant_id, owner, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- Saved report definitions per tenant (ReportDefinitionStore), as text the core reads back.

CREATE TABLE IF NOT EXISTS ${prefix}report_definitions (
  tenant_id         VARCHAR(64)   NOT NULL,
  name              VARCHAR(200)  NOT NULL,
  title             VARCHAR(1000) NOT NULL,
  base_view         VARCHAR(200)  NOT NULL,
  filter_lines      MEDIUMTEXT    NOT NULL,
  column_names      MEDIUMTEXT    NOT NULL,
  sort_text         VARCHAR(500)  NOT NULL,
  language          VARCHAR(8)    NOT NULL,
  orientation       VARCHAR(16)   NOT NULL,
  group_by          VARCHAR(200)  NOT NULL,
  include_archived  BOOLEAN       NOT NULL,
  PRIMARY KEY (tenant_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
