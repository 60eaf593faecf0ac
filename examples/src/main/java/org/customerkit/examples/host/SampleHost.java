package org.customerkit.examples.host;

import javax.sql.DataSource;

/**
 * The sample invoicing application around the customer module: its sales documents and bank payments, kept
 * in its own tables ({@code host_sales_document}, {@code host_bank_payment}) beside the customers.
 */
public final class SampleHost {

  private final SalesDocuments sales;
  private final BankPayments bank;

  private SampleHost(DataSource dataSource) {
    this.sales = new SalesDocuments(dataSource);
    this.bank = new BankPayments(dataSource);
  }

  /** The host over {@code dataSource}, its tables created when missing. */
  public static SampleHost install(DataSource dataSource) {
    HostTables.create(dataSource);
    return new SampleHost(dataSource);
  }

  public SalesDocuments sales() {
    return sales;
  }

  public BankPayments bank() {
    return bank;
  }
}
