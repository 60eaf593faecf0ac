package org.customerkit.reports;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.GenerateReport;
import org.customerkit.core.application.port.in.ManageExtraFields;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.inmemory.InMemoryStores;

/** One tenant over the in-memory stores, with intent-named ways to fill it and to make reports of it. */
final class Tenant {

  static final Instant NOW = Instant.parse("2026-03-14T09:26:00Z");

  final InMemoryStores stores = new InMemoryStores();
  final Customers customers = stores.moduleBuilder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()
      .forTenant(TenantId.of("acme"));

  Customer register(CustomerForm form) {
    return customers.register(new RegisterCustomer.Command(form)).orThrow();
  }

  /** A Belgian company with a VAT number, an address in {@code city} and a phone number. */
  Customer aBelgianCompany(String name, String street, String postalCode, String city) {
    return register(CustomerForm.builder().companyName(name).street(street).houseNumber("12")
        .postalCode(postalCode).city(city).country("BE").phone("+32 9 223 45 67").vatNumber("BE0417497106")
        .build());
  }

  /** A private person without VAT number or phone. */
  Customer aPersonWithoutVatNumber(String first, String last, String city) {
    return register(CustomerForm.builder().firstName(first).lastName(last).street("Rue de la Loi")
        .houseNumber("16").postalCode("1000").city(city).country("BE").build());
  }

  void defineField(String key, String label, ExtraFieldType type) {
    customers.define(new ManageExtraFields.Definition(key, label, type, false, List.of())).orThrow();
  }

  /** The report the command asks for, written by the writer {@code format} makes, as bytes. */
  byte[] report(GenerateReport.Command command, Function<ByteArrayOutputStream, ReportWriter> format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    customers.generate(command, format.apply(out)).orThrow();
    return out.toByteArray();
  }

  byte[] csv(GenerateReport.Command command) {
    return report(command, ReportFormats::csv);
  }

  byte[] xlsx(GenerateReport.Command command) {
    return report(command, ReportFormats::xlsx);
  }

  byte[] pdf(GenerateReport.Command command) {
    return report(command, ReportFormats::pdf);
  }
}
