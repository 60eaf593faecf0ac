package org.customerkit.persistence.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.application.port.out.ExtraFieldStore;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;

/** Extra field definitions, one row each, kept in the order of their {@code ordinal}. */
public final class JdbcExtraFieldStore implements ExtraFieldStore {

  private static final String COLUMNS = "field_key, ordinal, label, field_type, required, choices";

  private final Connections connections;
  private final Tables tables;

  public JdbcExtraFieldStore(Connections connections, Tables tables) {
    this.connections = connections;
    this.tables = tables;
  }

  @Override
  public List<ExtraFieldDefinition> all(TenantId tenant) {
    return connections.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + tables.extraFields()
          + " WHERE tenant_id = ? ORDER BY tenant_id, ordinal, field_key")) {
        ps.setString(1, tenant.value());
        List<ExtraFieldDefinition> all = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            all.add(read(rs));
          }
        }
        return List.copyOf(all);
      }
    });
  }

  @Override
  public Optional<ExtraFieldDefinition> find(TenantId tenant, FieldKey key) {
    return connections.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + tables.extraFields()
          + " WHERE tenant_id = ? AND field_key = ?")) {
        ps.setString(1, tenant.value());
        ps.setString(2, key.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public void save(TenantId tenant, ExtraFieldDefinition definition) {
    connections.write(c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE " + tables.extraFields()
          + " SET label = ?, field_type = ?, required = ?, choices = ? WHERE tenant_id = ? AND field_key = ?")) {
        Sql.bind(update, List.of(definition.label(), definition.type().name(), definition.required(),
            TextList.encode(definition.choices()), tenant.value(), definition.key().value()));
        if (update.executeUpdate() > 0) {
          return null;
        }
      }
      int ordinal;
      try (PreparedStatement max = c.prepareStatement(
          "SELECT COALESCE(MAX(ordinal), 0) FROM " + tables.extraFields() + " WHERE tenant_id = ?")) {
        max.setString(1, tenant.value());
        try (ResultSet rs = max.executeQuery()) {
          rs.next();
          ordinal = rs.getInt(1) + 1;
        }
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.extraFields()
          + " (tenant_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        Sql.bind(insert, List.of(tenant.value(), definition.key().value(), ordinal, definition.label(),
            definition.type().name(), definition.required(), TextList.encode(definition.choices())));
        insert.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public boolean delete(TenantId tenant, FieldKey key) {
    return connections.write(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM " + tables.extraFields() + " WHERE tenant_id = ? AND field_key = ?")) {
        ps.setString(1, tenant.value());
        ps.setString(2, key.value());
        return ps.executeUpdate() > 0;
      }
    });
  }

  private static ExtraFieldDefinition read(ResultSet rs) throws SQLException {
    return ExtraFieldDefinition.builder().key(new FieldKey(rs.getString("field_key"))).label(rs.getString("label"))
        .type(ExtraFieldType.valueOf(rs.getString("field_type"))).required(rs.getBoolean("required"))
        .choices(TextList.decode(rs.getString("choices"))).build();
  }
}
