package org.customerkit.examples.host;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.customerkit.core.application.port.out.SalesLedger;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.TenantId;

/**
 * The sample host's invoices and quotes, and the {@link SalesLedger} the customer module asks before it
 * deletes a customer. Every statement is bound and tenant-scoped.
 */
public final class SalesDocuments implements SalesLedger {

  private static final String COUNT = "SELECT COUNT(*) FROM " + HostTables.SALES
      + " WHERE tenant = ? AND customer_id = ?";
  private static final String COUNT_PAYMENTS = "SELECT COUNT(*) FROM " + HostTables.PAYMENTS
      + " WHERE tenant = ? AND customer_id = ?";
  private static final String COUNT_KIND_IN_YEAR = "SELECT COUNT(*) FROM " + HostTables.SALES
      + " WHERE tenant = ? AND kind = ? AND doc_date >= ? AND doc_date < ?";
  private static final String INSERT = "INSERT INTO " + HostTables.SALES
      + " (tenant, customer_id, kind, doc_number, doc_date, amount) VALUES (?, ?, ?, ?, ?, ?)";
  private static final String OF_CUSTOMER = "SELECT id, kind, doc_number, doc_date, amount FROM " + HostTables.SALES
      + " WHERE tenant = ? AND customer_id = ? ORDER BY doc_date, id";

  private final DataSource dataSource;
  private final String customerTable;

  SalesDocuments(DataSource dataSource, String customerTable) {
    this.dataSource = dataSource;
    this.customerTable = customerTable;
  }

  /** The customer's invoices and quotes. */
  @Override
  public long documentCount(TenantId tenant, CustomerId customer) {
    return count(COUNT, tenant, customer, "sales documents");
  }

  /** The customer's bank payments: the host keeps them too, and their foreign key would refuse the delete. */
  @Override
  public long paymentCount(TenantId tenant, CustomerId customer) {
    return count(COUNT_PAYMENTS, tenant, customer, "bank payments");
  }

  private long count(String sql, TenantId tenant, CustomerId customer, String what) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count = connection.prepareStatement(sql)) {
      count.setString(1, tenant.value());
      count.setString(2, customer.value().toString());
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new HostDataException("cannot count " + what, e);
    }
  }

  /**
   * Adds a document numbered on from the tenant's documents of that kind and year, e.g. {@code F2026-0003}, the
   * customer's row locked meanwhile.
   */
  public SalesDocument add(TenantId tenant, CustomerId customer, DocumentKind kind, LocalDate date,
      BigDecimal amount) {
    try {
      return HostTables.withCustomerLocked(dataSource, customerTable, tenant, customer, connection -> {
        String number = kind.prefix() + date.getYear() + "-"
            + String.format("%04d", countInYear(connection, tenant, kind, date.getYear()) + 1);
        try (PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
          insert.setString(1, tenant.value());
          insert.setString(2, customer.value().toString());
          insert.setString(3, kind.name());
          insert.setString(4, number);
          insert.setDate(5, Date.valueOf(date));
          insert.setBigDecimal(6, amount);
          insert.executeUpdate();
          try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return new SalesDocument(keys.getLong(1), customer, kind, number, date, amount);
          }
        }
      });
    } catch (SQLException e) {
      throw new HostDataException("cannot add a sales document", e);
    }
  }

  /** The customer's documents, oldest first. */
  public List<SalesDocument> of(TenantId tenant, CustomerId customer) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(OF_CUSTOMER)) {
      select.setString(1, tenant.value());
      select.setString(2, customer.value().toString());
      List<SalesDocument> documents = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          documents.add(new SalesDocument(rows.getLong(1), customer, DocumentKind.valueOf(rows.getString(2)),
              rows.getString(3), rows.getDate(4).toLocalDate(), rows.getBigDecimal(5)));
        }
      }
      return documents;
    } catch (SQLException e) {
      throw new HostDataException("cannot read sales documents", e);
    }
  }

  private static long countInYear(Connection connection, TenantId tenant, DocumentKind kind, int year)
      throws SQLException {
    try (PreparedStatement count = connection.prepareStatement(COUNT_KIND_IN_YEAR)) {
      count.setString(1, tenant.value());
      count.setString(2, kind.name());
      count.setDate(3, Date.valueOf(LocalDate.of(year, 1, 1)));
      count.setDate(4, Date.valueOf(LocalDate.of(year + 1, 1, 1)));
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
