package org.customerkit.persistence.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.application.port.out.StoredView;
import org.customerkit.core.application.port.out.ViewStore;
import org.customerkit.core.domain.customer.TenantId;

/** Saved views as rows keyed by tenant, owner and name; the filter and columns as line lists. */
public final class JdbcViewStore implements ViewStore {

  private static final String COLUMNS = "owner, name, filter_lines, column_names, sort_text, page_size, "
      + "include_archived";

  private final Connections connections;
  private final Tables tables;

  public JdbcViewStore(Connections connections, Tables tables) {
    this.connections = connections;
    this.tables = tables;
  }

  @Override
  public void save(TenantId tenant, StoredView view) {
    connections.write(c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE " + tables.savedViews()
          + " SET filter_lines = ?, column_names = ?, sort_text = ?, page_size = ?, include_archived = ?"
          + " WHERE tenant_id = ? AND owner = ? AND name = ?")) {
        Sql.bind(update, List.of(TextList.encode(view.filter()), TextList.encode(view.columns()), view.sort(),
            view.pageSize(), view.includeArchived(), tenant.value(), view.owner(), view.name()));
        if (update.executeUpdate() > 0) {
          return null;
        }
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.savedViews() + " (tenant_id, "
          + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        Sql.bind(insert, List.of(tenant.value(), view.owner(), view.name(), TextList.encode(view.filter()),
            TextList.encode(view.columns()), view.sort(), view.pageSize(), view.includeArchived()));
        insert.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public Optional<StoredView> find(TenantId tenant, String owner, String name) {
    return connections.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + tables.savedViews()
          + " WHERE tenant_id = ? AND owner = ? AND name = ?")) {
        Sql.bind(ps, List.of(tenant.value(), owner, name));
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<StoredView> list(TenantId tenant, String owner) {
    List<StoredView> views = connections.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + tables.savedViews()
          + " WHERE tenant_id = ? AND (owner = '' OR owner = ?)")) {
        Sql.bind(ps, List.of(tenant.value(), owner));
        List<StoredView> all = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            all.add(read(rs));
          }
        }
        return all;
      }
    });
    views.sort(Comparator.comparing(StoredView::name).thenComparing(StoredView::owner));
    return List.copyOf(views);
  }

  @Override
  public boolean delete(TenantId tenant, String owner, String name) {
    return connections.write(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM " + tables.savedViews() + " WHERE tenant_id = ? AND owner = ? AND name = ?")) {
        Sql.bind(ps, List.of(tenant.value(), owner, name));
        return ps.executeUpdate() > 0;
      }
    });
  }

  private static StoredView read(ResultSet rs) throws SQLException {
    return new StoredView(rs.getString("owner"), rs.getString("name"), TextList.decode(rs.getString("filter_lines")),
        TextList.decode(rs.getString("column_names")), rs.getString("sort_text"), rs.getInt("page_size"),
        rs.getBoolean("include_archived"));
  }
}
