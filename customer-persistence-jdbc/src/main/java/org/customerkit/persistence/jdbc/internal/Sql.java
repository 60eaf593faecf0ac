package org.customerkit.persistence.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SQL text built from constants, with every value beside it as a bound parameter in order. A statement may also
 * hold slots, parameters whose values come later: such a template is made once and {@linkplain #fill filled} for
 * each call, every statement made from it sharing one text.
 */
public final class Sql {

  private final StringBuilder text;
  private final List<Object> params;
  private final String textCollation;
  /** The text once read, so that statements filled from one template share one string. */
  private String frozen;
  /** Whether a slot waits for its value: a template, which {@link #fill} makes statements of. */
  private boolean slotted;

  /** A parameter of a template, filled by {@link #fill} with the value at this index. */
  private record Slot(int index) {}

  public Sql() {
    this("");
  }

  /** A statement whose text operands are followed by {@code textCollation}, a constant of the dialect. */
  public Sql(String textCollation) {
    this.text = new StringBuilder();
    this.params = new ArrayList<>();
    this.textCollation = textCollation;
  }

  private Sql(String frozen, List<Object> params, String textCollation) {
    this.text = null;
    this.params = params;
    this.textCollation = textCollation;
    this.frozen = frozen;
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

  /**
   * A {@code ?} in the text whose value {@link #fill} gives from its values at {@code index}; {@code text} when the
   * value will be a text operand, which gets the statement's collation.
   */
  public Sql slot(int index, boolean text) {
    building().append('?');
    if (text) {
      this.text.append(textCollation);
    }
    params.add(new Slot(index));
    slotted = true;
    return this;
  }

  /**
   * A statement of this template's text with every slot given its value, by index; the other parameters as
   * they are. Fails when a slot's index lies beyond the values, or its value is null.
   */
  public Sql fill(Object... values) {
    String shared = text();
    List<Object> filled = new ArrayList<>(params.size());
    for (Object param : params) {
      if (param instanceof Slot slot) {
        if (slot.index() >= values.length || values[slot.index()] == null) {
          throw new IllegalArgumentException("no value for slot " + slot.index() + " of " + shared);
        }
        filled.add(values[slot.index()]);
      } else {
        filled.add(param);
      }
    }
    return new Sql(shared, filled, textCollation);
  }

  public String text() {
    if (frozen == null) {
      frozen = text.toString();
    }
    return frozen;
  }

  /** The text being built; a statement whose text was read, or that was filled, is not built on. */
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
    if (slotted) {
      throw new IllegalStateException("a template binds only once filled: " + text());
    }
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
