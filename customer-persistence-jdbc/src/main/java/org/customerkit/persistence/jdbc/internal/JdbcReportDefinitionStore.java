package org.customerkit.persistence.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.application.port.out.ReportDefinitionStore;
import org.customerkit.core.application.port.out.StoredReport;
import org.customerkit.core.domain.customer.TenantId;

/** Saved report definitions as rows keyed by tenant and name; the filter and columns as line lists. */
public final class JdbcReportDefinitionStore implements ReportDefinitionStore {

  private static final String COLUMNS = "name, title, base_view, filter_lines, column_names, sort_text, language, "
      + "orientation, group_by, include_archived";

  private final Connections connections;
  private final Tables tables;

  public JdbcReportDefinitionStore(Connections connections, Tables tables) {
    this.connections = connections;
    this.tables = tables;
  }

  @Override
  public void save(TenantId tenant, StoredReport report) {
    connections.write(c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE " + tables.reportDefinitions()
          + " SET title = ?, base_view = ?, filter_lines = ?, column_names = ?, sort_text = ?, language = ?,"
          + " orientation = ?, group_by = ?, include_archived = ? WHERE tenant_id = ? AND name = ?")) {
        Sql.bind(update, List.of(report.title(), report.baseView(), TextList.encode(report.filter()),
            TextList.encode(report.columns()), report.sort(), report.language(), report.orientation(),
            report.groupBy(), report.includeArchived(), tenant.value(), report.name()));
        if (update.executeUpdate() > 0) {
          return null;
        }
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.reportDefinitions()
          + " (tenant_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        Sql.bind(insert, List.of(tenant.value(), report.name(), report.title(), report.baseView(),
            TextList.encode(report.filter()), TextList.encode(report.columns()), report.sort(), report.language(),
            report.orientation(), report.groupBy(), report.includeArchived()));
        insert.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public Optional<StoredReport> find(TenantId tenant, String name) {
    return connections.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + tables.reportDefinitions()
          + " WHERE tenant_id = ? AND name = ?")) {
        Sql.bind(ps, List.of(tenant.value(), name));
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<StoredReport> list(TenantId tenant) {
    List<StoredReport> reports = connections.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + tables.reportDefinitions()
          + " WHERE tenant_id = ?")) {
        Sql.bind(ps, List.of(tenant.value()));
        List<StoredReport> all = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            all.add(read(rs));
          }
        }
        return all;
      }
    });
    // by name as Java compares strings, whatever the database's collation
    reports.sort(Comparator.comparing(StoredReport::name));
    return List.copyOf(reports);
  }

  @Override
  public boolean delete(TenantId tenant, String name) {
    return connections.write(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM " + tables.reportDefinitions() + " WHERE tenant_id = ? AND name = ?")) {
        Sql.bind(ps, List.of(tenant.value(), name));
        return ps.executeUpdate() > 0;
      }
    });
  }

  private static StoredReport read(ResultSet rs) throws SQLException {
    return new StoredReport(rs.getString("name"), rs.getString("title"), rs.getString("base_view"),
        TextList.decode(rs.getString("filter_lines")), TextList.decode(rs.getString("column_names")),
        rs.getString("sort_text"), rs.getString("language"), rs.getString("orientation"), rs.getString("group_by"),
        rs.getBoolean("include_archived"));
  }
}
