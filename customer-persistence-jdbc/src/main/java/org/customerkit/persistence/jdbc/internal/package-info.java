/**
 * The machinery behind {@link org.customerkit.persistence.jdbc.JdbcCustomerStores}: the store classes, the SQL
 * interpreter of filters, the list statements, connection and transaction handling, and one
 * {@link org.customerkit.persistence.jdbc.internal.SqlDialect} per database. Not an API: public only so the entry
 * point can reach it, and free to change in any release.
 */
package org.customerkit.persistence.jdbc.internal;
