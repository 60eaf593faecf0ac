package org.customerkit.persistence.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.application.port.out.CustomerStillReferencedException;
import org.customerkit.core.application.port.out.DuplicateCustomerNumberException;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.ExtraAddress;
import org.customerkit.core.domain.customer.ContactPerson;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.field.FieldValue;
import org.customerkit.core.view.ColumnKeys;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Keyset;
import org.customerkit.core.view.ListedCustomer;
import org.customerkit.core.view.Sort;
import org.customerkit.persistence.jdbc.JdbcStoreException;
import org.customerkit.core.view.SortKey;

/**
 * {@link CustomerStore} on the customer table and its child tables. A save writes the customer row and replaces
 * the child rows in one transaction (or behind a savepoint inside the caller's); lists read one page of customer
 * rows, then the child rows of that page in three statements.
 */
public final class JdbcCustomerStore implements CustomerStore {

  /** Rows a stream reads from the database at a time, and customers whose child rows it loads together. */
  static final int CHUNK = 250;

  private final Connections connections;
  private final Tables tables;
  private final SqlDialect dialect;
  private final ListSql lists;
  private final String insertCustomer;
  private final String updateCustomer;

  public JdbcCustomerStore(Connections connections, Tables tables, SqlDialect dialect) {
    this.connections = connections;
    this.tables = tables;
    this.dialect = dialect;
    this.lists = new ListSql(tables, dialect);
    this.insertCustomer = "INSERT INTO " + tables.customers() + " (tenant_id, id, "
        + String.join(", ", CustomerRows.WRITTEN) + ") VALUES (?, ?"
        + ", ?".repeat(CustomerRows.WRITTEN.size()) + ")";
    this.updateCustomer = "UPDATE " + tables.customers() + " SET "
        + CustomerRows.WRITTEN.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
        + " WHERE tenant_id = ? AND id = ? AND version = ?";
  }

  @Override
  public Optional<Customer> find(TenantId tenant, CustomerId id) {
    return findOne(tenant, "c.id", id.toString());
  }

  @Override
  public Optional<Customer> findByNumber(TenantId tenant, CustomerNumber number) {
    return findOne(tenant, "c.number", number.value());
  }

  private Optional<Customer> findOne(TenantId tenant, String column, String value) {
    String sql = "SELECT " + CustomerRows.READ + " FROM " + tables.customers() + " c WHERE c.tenant_id = ? AND "
        + column + " = ?";
    return connections.read(connection -> {
      List<CustomerRows.Row> rows = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        ps.setString(1, tenant.value());
        ps.setString(2, value);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(CustomerRows.read(rs));
          }
        }
      }
      List<Customer> customers = complete(connection, tenant, rows);
      return customers.isEmpty() ? Optional.empty() : Optional.of(customers.get(0));
    });
  }

  /**
   * A locking read ({@code FOR UPDATE}), which sees the last committed row even where the transaction reads a
   * snapshot (MariaDB's repeatable read), and waits for a change in progress.
   */
  @Override
  public Optional<Long> committedVersion(TenantId tenant, CustomerId id) {
    return connections.read(connection -> {
      try (PreparedStatement ps = connection.prepareStatement("SELECT version FROM " + tables.customers()
          + " WHERE tenant_id = ? AND id = ? FOR UPDATE")) {
        ps.setString(1, tenant.value());
        ps.setString(2, id.toString());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public void insert(Customer customer) {
    connections.write(connection -> {
      try (PreparedStatement ps = connection.prepareStatement(insertCustomer)) {
        List<Object> values = new ArrayList<>();
        values.add(customer.tenant().value());
        values.add(customer.id().toString());
        values.addAll(CustomerRows.values(customer));
        Sql.bind(ps, values);
        ps.executeUpdate();
      } catch (SQLException e) {
        throw refusal(e, customer);
      }
      insertChildren(connection, customer);
      return null;
    });
  }

  @Override
  public boolean update(Customer customer, long expectedVersion) {
    return connections.write(connection -> {
      try (PreparedStatement ps = connection.prepareStatement(updateCustomer)) {
        List<Object> values = new ArrayList<>(CustomerRows.values(customer));
        values.add(customer.tenant().value());
        values.add(customer.id().toString());
        values.add(expectedVersion);
        Sql.bind(ps, values);
        if (ps.executeUpdate() == 0) {
          return false;
        }
      } catch (SQLException e) {
        throw refusal(e, customer);
      }
      for (String table : List.of(tables.addresses(), tables.contacts(), tables.fieldValues())) {
        try (PreparedStatement ps = connection.prepareStatement(
            "DELETE FROM " + table + " WHERE tenant_id = ? AND customer_id = ?")) {
          ps.setString(1, customer.tenant().value());
          ps.setString(2, customer.id().toString());
          ps.executeUpdate();
        } catch (SQLException e) {
          throw JdbcStoreException.of(e, table, customer.id().toString());
        }
      }
      insertChildren(connection, customer);
      return true;
    });
  }

  /** A unique violation on the number becomes the port's refusal; anything else stays a failure. */
  private RuntimeException refusal(SQLException e, Customer customer) {
    if (dialect.isUniqueViolation(e)) {
      String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (message.contains("number_uq")) {
        return new DuplicateCustomerNumberException(customer.number(), Connections.withoutText(e));
      }
      return new IllegalStateException("customer " + customer.id() + " exists already",
          Connections.withoutText(e));
    }
    return JdbcStoreException.of(e, tables.customers(), customer.id().toString());
  }

  private void insertChildren(Connection connection, Customer customer) throws SQLException {
    List<List<Object>> addresses = new ArrayList<>();
    for (int i = 0; i < customer.extraAddresses().size(); i++) {
      addresses.add(CustomerRows.addressValues(i, customer.extraAddresses().get(i)));
    }
    batch(connection, tables.addresses(), CustomerRows.ADDRESS_COLUMNS, customer, addresses);
    List<List<Object>> contacts = new ArrayList<>();
    for (int i = 0; i < customer.contactPersons().size(); i++) {
      contacts.add(CustomerRows.contactValues(i, customer.contactPersons().get(i)));
    }
    batch(connection, tables.contacts(), CustomerRows.CONTACT_COLUMNS, customer, contacts);
    List<List<Object>> fields = new ArrayList<>();
    for (Map.Entry<FieldKey, FieldValue> field : new java.util.TreeMap<>(customer.extraFields()).entrySet()) {
      fields.add(CustomerRows.fieldValues(field.getKey(), field.getValue()));
    }
    batch(connection, tables.fieldValues(), CustomerRows.FIELD_COLUMNS, customer, fields);
  }

  private static void batch(Connection connection, String table, List<String> columns, Customer customer,
      List<List<Object>> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    String sql = "INSERT INTO " + table + " (tenant_id, customer_id, " + String.join(", ", columns)
        + ") VALUES (?, ?" + ", ?".repeat(columns.size()) + ")";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (List<Object> row : rows) {
        List<Object> values = new ArrayList<>();
        values.add(customer.tenant().value());
        values.add(customer.id().toString());
        values.addAll(row);
        Sql.bind(ps, values);
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw JdbcStoreException.of(e, table, customer.id().toString());
    }
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId id) {
    return connections.write(connection -> {
      try (PreparedStatement ps = connection.prepareStatement(
          "DELETE FROM " + tables.customers() + " WHERE tenant_id = ? AND id = ?")) {
        ps.setString(1, tenant.value());
        ps.setString(2, id.toString());
        return ps.executeUpdate() > 0;
      } catch (SQLException e) {
        if (dialect.isForeignKeyViolation(e)) {
          throw new CustomerStillReferencedException(id);
        }
        throw JdbcStoreException.of(e, tables.customers(), id.toString());
      }
    });
  }

  @Override
  public List<Customer> list(TenantId tenant, CustomerQuery query) {
    return connections.read(connection -> keysetPage(connection, tenant, query.condition(), query.sort(),
        query.after(), query.limit()));
  }

  /**
   * The sort keys and the stored columns shown, extra fields joined, in one statement per {@linkplain ListSql#steps
   * step} of the page; no customer is built.
   */
  @Override
  public List<ListedCustomer> listRows(TenantId tenant, CustomerQuery query, List<? extends Column> columns) {
    boolean perCall = ConditionSql.plansPerCall(query.condition());
    return connections.read(connection -> inSteps(query.sort(), query.after(), query.limit(), (step, limit) -> {
      ListSql.Rows rows = lists.rows(tenant, query.condition(), query.sort(), query.after(), limit, columns, step);
      List<ListedCustomer> page = new ArrayList<>(Math.min(limit, 1_000));
      try (PreparedStatement ps = connection.prepareStatement(rows.sql().text())) {
        if (perCall) {
          dialect.customPlan(ps);
        }
        rows.sql().bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          rows.reader().readAll(rs, page);
        }
      }
      return page;
    }));
  }

  /** The whole customers of one keyset page. */
  private List<Customer> keysetPage(Connection connection, TenantId tenant, Condition condition, Sort sort,
      Optional<Keyset> after, int limit) throws SQLException {
    boolean perCall = ConditionSql.plansPerCall(condition);
    return inSteps(sort, after, limit, (step, rest) ->
        page(connection, tenant, lists.list(tenant, condition, sort, after, rest, step), perCall));
  }

  @FunctionalInterface
  private interface StepPage<T> {
    List<T> read(ListSql.Step step, int limit) throws SQLException;
  }

  /** A page read by its steps in order, each asked for what the page still lacks, until it is full. */
  private <T> List<T> inSteps(Sort sort, Optional<Keyset> after, int limit, StepPage<T> steps)
      throws SQLException {
    List<ListSql.Step> all = lists.steps(sort, after);
    if (all.size() == 1) {
      return steps.read(all.get(0), limit);
    }
    List<T> page = new ArrayList<>(Math.min(limit, 1_000));
    for (int i = 0; i < all.size() && page.size() < limit; i++) {
      page.addAll(steps.read(all.get(i), limit - page.size()));
    }
    return page;
  }

  private List<Customer> page(Connection connection, TenantId tenant, Sql sql, boolean perCall) throws SQLException {
    List<CustomerRows.Row> rows = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql.text())) {
      if (perCall) {
        dialect.customPlan(ps);
      }
      sql.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(CustomerRows.read(rs));
        }
      }
    }
    return complete(connection, tenant, rows);
  }

  @Override
  public long count(TenantId tenant, Condition condition) {
    Sql sql = lists.count(tenant, condition);
    return connections.read(connection -> {
      try (PreparedStatement ps = connection.prepareStatement(sql.text())) {
        if (ConditionSql.plansPerCall(condition)) {
          dialect.customPlan(ps);
        }
        sql.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  @Override
  public Stream<Customer> stream(TenantId tenant, Condition condition, Sort sort) {
    Connections.Lease lease = connections.open();
    try {
      Iterator<List<Customer>> chunks = dialect.lazyResultBesideOtherStatements()
          ? new CursorChunks(lease.connection(), tenant, condition, sort)
          : new KeysetChunks(lease.connection(), tenant, condition, sort);
      Iterator<Customer> customers = new Iterator<>() {
        private Iterator<Customer> current = Collections.emptyIterator();

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && chunks.hasNext()) {
            current = chunks.next().iterator();
          }
          return current.hasNext();
        }

        @Override
        public Customer next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return current.next();
        }
      };
      return StreamSupport.stream(Spliterators.spliteratorUnknownSize(customers, Spliterator.ORDERED), false)
          .onClose(() -> {
            try {
              if (chunks instanceof AutoCloseable closeable) {
                closeable.close();
              }
            } catch (Exception e) {
              lease.fail(e);
              throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            lease.succeed();
          });
    } catch (RuntimeException | Error e) {
      lease.fail(e);
      throw e;
    }
  }

  /**
   * Reads the whole result through lazily fetched result sets, one per {@linkplain ListSql#steps step} of a first
   * page, loading child rows per chunk.
   */
  private final class CursorChunks implements Iterator<List<Customer>>, AutoCloseable {
    private final Connection connection;
    private final TenantId tenant;
    private final Condition condition;
    private final Sort sort;
    private final Iterator<ListSql.Step> steps;
    private PreparedStatement statement;
    private ResultSet rows;

    CursorChunks(Connection connection, TenantId tenant, Condition condition, Sort sort) {
      this.connection = connection;
      this.tenant = tenant;
      this.condition = condition;
      this.sort = sort;
      this.steps = lists.steps(sort, Optional.empty()).iterator();
      try {
        open();
      } catch (SQLException e) {
        throw Connections.failure(e);
      }
    }

    /** The next step's result set, the previous one closed; none when the steps are done. */
    private void open() throws SQLException {
      close();
      if (!steps.hasNext()) {
        return;
      }
      Sql sql = lists.list(tenant, condition, sort, Optional.empty(), Integer.MAX_VALUE, steps.next());
      statement = connection.prepareStatement(sql.text(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      if (ConditionSql.plansPerCall(condition)) {
        dialect.customPlan(statement);
      }
      statement.setFetchSize(CHUNK);
      sql.bind(statement);
      rows = statement.executeQuery();
    }

    @Override
    public boolean hasNext() {
      return rows != null;
    }

    @Override
    public List<Customer> next() {
      if (rows == null) {
        throw new NoSuchElementException();
      }
      try {
        List<CustomerRows.Row> chunk = new ArrayList<>();
        while (chunk.size() < CHUNK && rows != null) {
          if (rows.next()) {
            chunk.add(CustomerRows.read(rows));
          } else {
            open();
          }
        }
        return complete(connection, tenant, chunk);
      } catch (SQLException e) {
        throw Connections.failure(e);
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        if (rows != null) {
          rows.close();
        }
      } finally {
        rows = null;
        if (statement != null) {
          statement.close();
          statement = null;
        }
      }
    }
  }

  /** Reads the result as consecutive keyset pages on one connection (and so one snapshot in a transaction). */
  private final class KeysetChunks implements Iterator<List<Customer>> {
    private final Connection connection;
    private final TenantId tenant;
    private final Condition condition;
    private final Sort sort;
    private Optional<Keyset> after = Optional.empty();
    private boolean exhausted;

    KeysetChunks(Connection connection, TenantId tenant, Condition condition, Sort sort) {
      this.connection = connection;
      this.tenant = tenant;
      this.condition = condition;
      this.sort = sort;
    }

    @Override
    public boolean hasNext() {
      return !exhausted;
    }

    @Override
    public List<Customer> next() {
      try {
        List<Customer> chunk = keysetPage(connection, tenant, condition, sort, after, CHUNK);
        if (chunk.size() < CHUNK) {
          exhausted = true;
        }
        if (!chunk.isEmpty()) {
          Customer last = chunk.get(chunk.size() - 1);
          after = Optional.of(new Keyset(sort.keys().stream().map(SortKey::column)
              .map(column -> ColumnKeys.sortKey(last, column)).collect(Collectors.toList()), last.id()));
        }
        return chunk;
      } catch (SQLException e) {
        throw Connections.failure(e);
      }
    }
  }

  /** Adds the child rows of every customer read, keeping the order. */
  private List<Customer> complete(Connection connection, TenantId tenant, List<CustomerRows.Row> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Customer.Builder> byId = new LinkedHashMap<>();
    for (CustomerRows.Row row : rows) {
      Customer.Builder previous = byId.put(row.id(), row.builder());
      if (previous != null) {
        throw new IllegalStateException("a customer row was read twice");
      }
    }
    Map<String, List<ExtraAddress>> addresses = new HashMap<>();
    Map<String, List<ContactPerson>> contacts = new HashMap<>();
    List<String> ids = new ArrayList<>(byId.keySet());
    children(connection, tables.addresses(), tenant, ids, rs -> addresses
        .computeIfAbsent(rs.getString("customer_id"), k -> new ArrayList<>()).add(CustomerRows.readAddress(rs)));
    children(connection, tables.contacts(), tenant, ids, rs -> contacts
        .computeIfAbsent(rs.getString("customer_id"), k -> new ArrayList<>()).add(CustomerRows.readContact(rs)));
    children(connection, tables.fieldValues(), tenant, ids, rs -> {
      Map.Entry<FieldKey, FieldValue> field = CustomerRows.readField(rs);
      byId.get(rs.getString("customer_id")).putExtraFields(field.getKey(), field.getValue());
    });
    List<Customer> customers = new ArrayList<>(rows.size());
    for (Map.Entry<String, Customer.Builder> row : byId.entrySet()) {
      customers.add(row.getValue().extraAddresses(addresses.getOrDefault(row.getKey(), List.of()))
          .contactPersons(contacts.getOrDefault(row.getKey(), List.of())).build());
    }
    return customers;
  }

  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private static void children(Connection connection, String table, TenantId tenant, List<String> ids,
      RowReader reader) throws SQLException {
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> slice = ids.subList(from, Math.min(ids.size(), from + 500));
      String sql = "SELECT * FROM " + table + " WHERE tenant_id = ? AND customer_id IN ("
          + String.join(", ", Collections.nCopies(slice.size(), "?")) + ")"
          + (table.endsWith("field_values") ? "" : " ORDER BY customer_id, ordinal");
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        ps.setString(1, tenant.value());
        for (int i = 0; i < slice.size(); i++) {
          ps.setString(i + 2, slice.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            reader.read(rs);
          }
        }
      }
    }
  }
}
