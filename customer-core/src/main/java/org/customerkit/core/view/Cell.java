package org.customerkit.core.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.customerkit.core.domain.shared.Messages;

/** The typed value of one column of one customer, as a screen or a report shows it. */
public sealed interface Cell {

  /** The text a screen or a CSV shows; empty for an empty cell. */
  String text(Messages messages);

  record Empty() implements Cell {
    /** The one instance {@link Cell#empty()} gives; every empty cell is equal to it anyway. */
    private static final Empty SHARED = new Empty();

    @Override
    public String text(Messages messages) {
      return "";
    }
  }

  record Text(String value) implements Cell {
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text(Messages messages) {
      return value;
    }
  }

  record Number(BigDecimal value) implements Cell {
    public Number {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text(Messages messages) {
      return value.toPlainString();
    }
  }

  record Date(LocalDate value) implements Cell {
    public Date {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text(Messages messages) {
      return value.toString();
    }
  }

  /** A moment, shown in the Brussels time zone to the minute. */
  record Timestamp(Instant value) implements Cell {
    private static final DateTimeFormatter SHOWN =
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(ZoneId.of("Europe/Brussels"));

    public Timestamp {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text(Messages messages) {
      return SHOWN.format(value);
    }
  }

  record YesNo(boolean value) implements Cell {
    @Override
    public String text(Messages messages) {
      return messages.text(value ? "value.yes" : "value.no");
    }
  }

  static Cell empty() {
    return Empty.SHARED;
  }

  static Cell text(String value) {
    return value == null || value.isEmpty() ? Empty.SHARED : new Text(value);
  }
}
