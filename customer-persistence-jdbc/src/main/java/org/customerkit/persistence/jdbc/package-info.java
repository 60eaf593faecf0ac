/**
 * The customerkit store ports on plain JDBC, for H2 2.x, PostgreSQL 15+ and MariaDB 10.11+.
 *
 * <p>{@link org.customerkit.persistence.jdbc.JdbcCustomerStores} is the entry point: it gives the customer,
 * number, extra field and view stores, their {@code Transactions}, and a {@code CustomerModule.Builder} with all
 * of them wired. The schema comes as Flyway-format migrations per database under
 * {@code db/customerkit/{h2,postgresql,mariadb}/} with the table prefix as the placeholder {@code ${prefix}}, or
 * is installed by {@link org.customerkit.persistence.jdbc.SchemaInstaller}.
 *
 * <h2>Referencing customers from the host's tables</h2>
 * The customer table's primary key is {@code (tenant_id, id)}, with {@code id} the customer id as 36 lower-case
 * characters. A host's sales table references it with a composite foreign key, so that the database itself
 * refuses to delete a customer that still has documents, whatever races past the {@code SalesLedger} check:
 *
 * <pre>
 * CREATE TABLE sales_document (
 *   tenant_id   VARCHAR(64) NOT NULL,   -- COLLATE "C" on PostgreSQL, like the customer table
 *   id          BIGINT      NOT NULL,
 *   customer_id CHAR(36)    NOT NULL,   -- COLLATE "C" on PostgreSQL
 *   ...
 *   PRIMARY KEY (tenant_id, id),
 *   FOREIGN KEY (tenant_id, customer_id) REFERENCES ck_customers (tenant_id, id)   -- ON DELETE RESTRICT
 * );
 * </pre>
 *
 * On MariaDB the referencing columns must have the customer table's character set and collation
 * ({@code utf8mb4} / {@code utf8mb4_nopad_bin}). A delete refused by such a key surfaces as a
 * {@link org.customerkit.persistence.jdbc.JdbcStoreException} with SQLState {@code 23503} (PostgreSQL, H2) or
 * {@code 23000} (MariaDB).
 */
package org.customerkit.persistence.jdbc;
