package org.customerkit.persistence.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** SQL text built from constants, with every value beside it as a bound parameter in order. */
public final class Sql {

  private final StringBuilder text;
  private final List<Object> params;
  private final String textCollation;
  /** The text once read. */
  private String frozen;

  public Sql() {
    this("");
  }

  /** A statement whose text operands are followed by {@code textCollation}, a constant of the dialect. */
  public Sql(String textCollation) {
    this.text = new StringBuilder();
    this.params = new ArrayList<>();
    this.textCollation = textCollation;
  }

  public Sql append(String constant) {
    building().append(constant);
    return this;
  }

  /** A {@code ?} in the text, bound to {@code value}; a text operand gets the statement's collation. */
  public Sql param(Object value) {
    building().append('?');
    if (value instanceof String) {
      text.append(textCollation);
    }
    params.add(value);
    return this;
  }

  public String text() {
    if (frozen == null) {
      frozen = text.toString();
    }
    return frozen;
  }

  /** The text being built; a statement whose text was read is not built on. */
  private StringBuilder building() {
    if (frozen != null) {
      throw new IllegalStateException("the statement's text was read; it takes no more: " + frozen);
    }
    return text;
  }

  public List<Object> params() {
    return Collections.unmodifiableList(params);
  }

  public PreparedStatement bind(PreparedStatement statement) throws SQLException {
    bind(statement, params);
    return statement;
  }

  /** Binds values in order; null binds as a NULL text, the only nullable kind of column. */
  public static void bind(PreparedStatement statement, List<?> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value == null) {
        statement.setNull(i + 1, Types.VARCHAR);
      } else if (value instanceof String s) {
        statement.setString(i + 1, s);
      } else if (value instanceof Integer n) {
        statement.setInt(i + 1, n);
      } else if (value instanceof Long n) {
        statement.setLong(i + 1, n);
      } else if (value instanceof Boolean b) {
        statement.setBoolean(i + 1, b);
      } else {
        throw new IllegalArgumentException("cannot bind " + value.getClass());
      }
    }
  }

  @Override
  public String toString() {
    return (frozen != null ? frozen : text) + " " + params;
  }
}
