-- customerkit schema, version 3, H2 2.x: what a list page reads without rebuilding customers.
-- has_vat is vat_number_sort <> '', so that the views with and without a VAT number pin it by equality: the
-- index (tenant_id, has_vat, company_name_sort, id) then walks only the customers of the view in name order.
-- Without it, the view "with a VAT number" sorted by company name steps over every person first (a person has
-- an empty company name and mostly no VAT number). phone_shown and mobile_shown hold the numbers as lists show
-- them (national format); rows written before this version have NULL there and are formatted when read.

ALTER TABLE ${prefix}customers ADD COLUMN IF NOT EXISTS has_vat BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ${prefix}customers ADD COLUMN IF NOT EXISTS phone_shown VARCHAR(40);
ALTER TABLE ${prefix}customers ADD COLUMN IF NOT EXISTS mobile_shown VARCHAR(40);
UPDATE ${prefix}customers SET has_vat = TRUE WHERE vat_number_sort <> '' AND has_vat = FALSE;
CREATE INDEX IF NOT EXISTS ${prefix}customers_vat_company_ix
  ON ${prefix}customers (tenant_id, has_vat, company_name_sort, id);
