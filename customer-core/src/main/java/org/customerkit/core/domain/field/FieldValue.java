package org.customerkit.core.domain.field;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The value of one extra field on one customer, typed as its definition says. {@link #text()} is the
 * canonical text form, the one stores keep and {@link ExtraFieldDefinition#parse} reads back.
 */
public sealed interface FieldValue {

  /** Canonical text: the text itself, a plain decimal, an ISO date, {@code yes}/{@code no}, the choice. */
  String text();

  ExtraFieldType type();

  record Text(String value) implements FieldValue {
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value;
    }

    @Override
    public ExtraFieldType type() {
      return ExtraFieldType.TEXT;
    }
  }

  record Number(BigDecimal value) implements FieldValue {
    public Number {
      Objects.requireNonNull(value, "value");
      value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
    }

    @Override
    public String text() {
      return value.toPlainString();
    }

    @Override
    public ExtraFieldType type() {
      return ExtraFieldType.NUMBER;
    }
  }

  record Date(LocalDate value) implements FieldValue {
    public Date {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value.toString();
    }

    @Override
    public ExtraFieldType type() {
      return ExtraFieldType.DATE;
    }
  }

  record YesNo(boolean value) implements FieldValue {
    @Override
    public String text() {
      return value ? "yes" : "no";
    }

    @Override
    public ExtraFieldType type() {
      return ExtraFieldType.YES_NO;
    }
  }

  record Choice(String value) implements FieldValue {
    public Choice {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value;
    }

    @Override
    public ExtraFieldType type() {
      return ExtraFieldType.CHOICE;
    }
  }
}
