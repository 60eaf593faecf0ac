package org.customerkit.core.wiring;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.customerkit.core.application.ArchivingCustomers;
import org.customerkit.core.application.DefiningExtraFields;
import org.customerkit.core.application.DeletingCustomers;
import org.customerkit.core.application.EditingCustomers;
import org.customerkit.core.application.EventPublisher;
import org.customerkit.core.application.ExtraFieldCatalog;
import org.customerkit.core.application.GeneratingReports;
import org.customerkit.core.application.InputValidation;
import org.customerkit.core.application.ListingCustomers;
import org.customerkit.core.application.ManagingReports;
import org.customerkit.core.application.ManagingViews;
import org.customerkit.core.application.RegisteringCustomers;
import org.customerkit.core.application.ReportDefinitions;
import org.customerkit.core.application.ShowingCustomers;
import org.customerkit.core.application.ViewResolver;
import org.customerkit.core.application.port.in.CustomerCard;
import org.customerkit.core.application.port.in.CustomerReports;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.ListCustomers;
import org.customerkit.core.application.port.in.ManageExtraFields;
import org.customerkit.core.application.port.in.ManageViews;
import org.customerkit.core.application.port.out.CustomerEvents;
import org.customerkit.core.application.port.out.CustomerNumbers;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.application.port.out.ExtraFieldStore;
import org.customerkit.core.application.port.out.ReportDefinitionStore;
import org.customerkit.core.application.port.out.SalesLedger;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.application.port.out.ViewStore;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.customer.TenantSettings;
import org.customerkit.core.view.cursor.Cursors;

/**
 * The entry point of the library: built once by the host from the adapters it chose, then asked for the
 * {@link Customers} of one tenant at a time.
 *
 * <pre>{@code
 * CustomerModule module = CustomerModule.builder()
 *     .customerStore(stores.customers()).customerNumbers(stores.numbers())
 *     .extraFieldStore(stores.fields()).viewStore(stores.views())
 *     .transactions(stores.transactions()).salesLedger(myLedger)
 *     .build();
 * Customers customers = module.forTenant(TenantId.of("acme"));
 * }</pre>
 *
 * A module is immutable and thread-safe; so is every {@code Customers} it hands out.
 */
public final class CustomerModule {

  private final TenantCustomers.UseCases useCases;
  private final ExtraFieldCatalog extraFields;

  private CustomerModule(TenantCustomers.UseCases useCases, ExtraFieldCatalog extraFields) {
    this.useCases = useCases;
    this.extraFields = extraFields;
  }

  /** The customers of one tenant; every call through it stays inside that tenant. */
  public Customers forTenant(TenantId tenant) {
    return new TenantCustomers(Objects.requireNonNull(tenant, "tenant"), useCases);
  }

  /** Only the card of one tenant: add, edit, open, delete, archive. */
  public CustomerCard card(TenantId tenant) {
    return forTenant(tenant);
  }

  /** Only the customer list of one tenant, with its views, sorting, search and pages. */
  public ListCustomers list(TenantId tenant) {
    return forTenant(tenant);
  }

  /** Only the saved views ("window settings") of one tenant. */
  public ManageViews views(TenantId tenant) {
    return forTenant(tenant);
  }

  /** Only the reports of one tenant: define, keep and print. */
  public CustomerReports reports(TenantId tenant) {
    return forTenant(tenant);
  }

  /** Only the extra-field definitions of one tenant. */
  public ManageExtraFields extraFields(TenantId tenant) {
    return forTenant(tenant);
  }

  /**
   * Forgets the tenant's extra-field definitions this module keeps, so the next call reads them from the store.
   * A definition changed through this module is seen at once; a host that runs several nodes calls this on the
   * other nodes (from its own message bus or cache-invalidation hook), or lets {@link
   * Builder#extraFieldsKeptFor} pass.
   */
  public void extraFieldsChanged(TenantId tenant) {
    extraFields.forget(tenant);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects the ports; the stores and transactions are required, everything else has a default. */
  public static final class Builder {
    private CustomerStore customers;
    private CustomerNumbers numbers;
    private ExtraFieldStore fields;
    private ViewStore views;
    private Transactions transactions;
    private SalesLedger sales = SalesLedger.none();
    private CustomerEvents events = CustomerEvents.ignore();
    private Clock clock = Clock.systemUTC();
    private Function<TenantId, TenantSettings> settings = tenant -> TenantSettings.BELGIAN_DEFAULTS;
    private Validator validator;
    private Cursors cursors;
    private Supplier<CustomerId> ids = CustomerId::random;
    private ReportDefinitionStore reports = ReportDefinitionStore.none();
    private Duration extraFieldsKeptFor = Duration.ofMinutes(1);

    private Builder() {}

    public Builder customerStore(CustomerStore store) {
      this.customers = store;
      return this;
    }

    public Builder customerNumbers(CustomerNumbers numbers) {
      this.numbers = numbers;
      return this;
    }

    public Builder extraFieldStore(ExtraFieldStore store) {
      this.fields = store;
      return this;
    }

    public Builder viewStore(ViewStore store) {
      this.views = store;
      return this;
    }

    public Builder transactions(Transactions transactions) {
      this.transactions = transactions;
      return this;
    }

    /** The host's sales documents; without one, every customer may be deleted. */
    public Builder salesLedger(SalesLedger ledger) {
      this.sales = ledger;
      return this;
    }

    /** Who hears about registered, updated, archived and deleted customers, after commit. */
    public Builder events(CustomerEvents events) {
      this.events = events;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Number pattern, country and language per tenant; Belgian defaults (10000, BE, nl) otherwise. */
    public Builder tenantSettings(Function<TenantId, TenantSettings> settings) {
      this.settings = settings;
      return this;
    }

    /** A Jakarta validator of the host's; by default Hibernate Validator without expression language. */
    public Builder validator(Validator validator) {
      this.validator = validator;
      return this;
    }

    /**
     * The secret cursors are encrypted and signed with, at least 16 bytes (32 random bytes are best): give the
     * same secret to every process of the host that serves the same lists. Without one, the module makes a
     * random key of its own, and its cursors work only in that module.
     */
    public Builder cursorSecret(byte[] secret) {
      this.cursors = new Cursors(secret);
      return this;
    }

    /** Where new customer ids come from; random UUIDs by default. */
    public Builder ids(Supplier<CustomerId> ids) {
      this.ids = ids;
      return this;
    }

    /** Where the tenants' own report definitions are saved; without one, only the built-in reports exist. */
    public Builder reportDefinitionStore(ReportDefinitionStore store) {
      this.reports = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * How long a tenant's extra-field definitions are kept between reads of the store (one minute by default;
     * zero reads them on every call). Changes made through the module are seen at once whatever this is.
     */
    public Builder extraFieldsKeptFor(Duration maxAge) {
      this.extraFieldsKeptFor = Objects.requireNonNull(maxAge, "maxAge");
      return this;
    }

    public CustomerModule build() {
      Objects.requireNonNull(customers, "customerStore");
      Objects.requireNonNull(numbers, "customerNumbers");
      Objects.requireNonNull(fields, "extraFieldStore");
      Objects.requireNonNull(views, "viewStore");
      Objects.requireNonNull(transactions, "transactions");
      InputValidation validation = validator == null ? InputValidation.standard()
          : InputValidation.using(validator);
      Clock millis = Clock.tick(clock, Duration.ofMillis(1));
      ExtraFieldCatalog catalog = new ExtraFieldCatalog(fields, clock, extraFieldsKeptFor);
      EventPublisher publisher = new EventPublisher(events, transactions);
      ViewResolver resolver = new ViewResolver(catalog, views);
      ReportDefinitions definitions = new ReportDefinitions(resolver, catalog, reports, settings);
      TenantCustomers.UseCases useCases = new TenantCustomers.UseCases(
          new RegisteringCustomers(validation, settings, catalog, customers, numbers, transactions, publisher,
              millis, ids),
          new EditingCustomers(validation, settings, catalog, customers, transactions, publisher, millis),
          new ShowingCustomers(customers),
          new DeletingCustomers(customers, sales, transactions, publisher, millis),
          new ArchivingCustomers(customers, transactions, publisher, millis),
          new DefiningExtraFields(validation, catalog, customers, transactions, publisher, millis),
          new ListingCustomers(validation, resolver, cursors == null ? Cursors.withRandomKey() : cursors,
              customers),
          new ManagingViews(validation, resolver, catalog, views, transactions),
          new GeneratingReports(resolver, definitions, catalog, customers, millis, settings),
          new ManagingReports(validation, definitions, catalog, reports, transactions));
      return new CustomerModule(useCases, catalog);
    }
  }
}
