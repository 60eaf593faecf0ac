package org.customerkit.examples.host;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.TenantId;

/** The payments the sample host's bank statements brought in, per customer. */
public final class BankPayments {

  private static final String INSERT = "INSERT INTO " + HostTables.PAYMENTS
      + " (tenant, customer_id, pay_date, amount) VALUES (?, ?, ?, ?)";

  private final DataSource dataSource;
  private final String customerTable;

  BankPayments(DataSource dataSource, String customerTable) {
    this.dataSource = dataSource;
    this.customerTable = customerTable;
  }

  /** Records a payment and returns its id, the customer's row locked meanwhile. */
  public long add(TenantId tenant, CustomerId customer, LocalDate date, BigDecimal amount) {
    try {
      return HostTables.withCustomerLocked(dataSource, customerTable, tenant, customer, connection -> {
        try (PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
          insert.setString(1, tenant.value());
          insert.setString(2, customer.value().toString());
          insert.setDate(3, Date.valueOf(date));
          insert.setBigDecimal(4, amount);
          insert.executeUpdate();
          try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
          }
        }
      });
    } catch (SQLException e) {
      throw new HostDataException("cannot add a payment", e);
    }
  }
}
