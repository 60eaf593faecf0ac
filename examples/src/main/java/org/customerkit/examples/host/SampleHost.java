package org.customerkit.examples.host;

import javax.sql.DataSource;

/**
 * The sample invoicing application around the customer module: its sales documents and bank payments, kept
 * in its own tables ({@code host_sales_document}, {@code host_bank_payment}) beside the customers.
 */
public final class SampleHost {

  private final SalesDocuments sales;
  private final BankPayments bank;

  private SampleHost(DataSource dataSource, String customerTable) {
    this.sales = new SalesDocuments(dataSource, customerTable);
    this.bank = new BankPayments(dataSource, customerTable);
  }

  /**
   * The host over {@code dataSource}, its tables created when missing, each referring to the customer table
   * with a foreign key on (tenant, customer id), so that the database too refuses to delete a customer with
   * documents or payments; a new document or payment locks the customer's row first (see docs/persistence-jdbc.md).
   *
   * @param customerTable the customer table of the JDBC stores, such as {@code ck_customers}
   */
  public static SampleHost install(DataSource dataSource, String customerTable) {
    HostTables.create(dataSource, customerTable);
    return new SampleHost(dataSource, customerTable);
  }

  public SalesDocuments sales() {
    return sales;
  }

  public BankPayments bank() {
    return bank;
  }
}
