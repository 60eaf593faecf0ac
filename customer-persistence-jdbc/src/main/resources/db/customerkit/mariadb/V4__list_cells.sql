-- customerkit schema, version 4, MariaDB 10.11+: the composed cells of a list as they are shown.
-- full_name_shown (Party.fullName), address_shown (Address.firstLine) and vat_number_shown (VatNumber.display),
-- '' where the customer has none, are written with every save, so that a list page reads one column for each
-- instead of composing it from its parts per row. The UPDATE composes them here for the rows saved before, by
-- the same rules; a test migrates generated customers and compares them with what the library shows.

ALTER TABLE ${prefix}customers ADD COLUMN IF NOT EXISTS full_name_shown VARCHAR(410) DEFAULT '' NOT NULL;
ALTER TABLE ${prefix}customers ADD COLUMN IF NOT EXISTS address_shown VARCHAR(300) DEFAULT '' NOT NULL;
ALTER TABLE ${prefix}customers ADD COLUMN IF NOT EXISTS vat_number_shown VARCHAR(30) DEFAULT '' NOT NULL;
UPDATE ${prefix}customers SET
  full_name_shown = CASE WHEN party_kind = 'company' THEN CONCAT_WS(' ', company_name, legal_form)
    ELSE CONCAT_WS(' ', first_name, last_name) END,
  address_shown = CONCAT_WS(' ', street, house_number, CASE WHEN box IS NOT NULL THEN CONCAT('bus ', box) END),
  vat_number_shown = CASE WHEN vat_number IS NULL THEN ''
    WHEN CHAR_LENGTH(vat_number) = 12 AND vat_number LIKE 'BE%' THEN CONCAT('BE ', SUBSTRING(vat_number, 3, 4),
      '.', SUBSTRING(vat_number, 7, 3), '.', SUBSTRING(vat_number, 10, 3))
    ELSE CONCAT(SUBSTRING(vat_number, 1, 2), ' ', SUBSTRING(vat_number, 3)) END;
