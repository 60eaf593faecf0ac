package org.customerkit.core.view;

import org.customerkit.core.view.text.SortableKeys;
import org.customerkit.core.view.text.TextFolding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;

/**
 * Which customers a view, a search or a report shows: a small tree of {@code and}, {@code or}, {@code not},
 * extended-search {@link Criterion criteria} and general {@link Search searches}. It is plain data that a
 * saved view keeps; {@link #toCondition()} resolves it into the {@link Condition} stores evaluate.
 */
public sealed interface Filter {

  Condition toCondition();

  /** Every customer. */
  record All() implements Filter {
    @Override
    public Condition toCondition() {
      return new Condition.Always();
    }
  }

  record And(List<Filter> parts) implements Filter {
    public And {
      parts = List.copyOf(parts);
    }

    @Override
    public Condition toCondition() {
      return new Condition.AllOf(parts.stream().map(Filter::toCondition).collect(Collectors.toList()));
    }
  }

  record Or(List<Filter> parts) implements Filter {
    public Or {
      parts = List.copyOf(parts);
    }

    @Override
    public Condition toCondition() {
      return new Condition.AnyOf(parts.stream().map(Filter::toCondition).collect(Collectors.toList()));
    }
  }

  record Not(Filter part) implements Filter {
    public Not {
      Objects.requireNonNull(part, "part");
    }

    @Override
    public Condition toCondition() {
      return new Condition.Negation(part.toCondition());
    }
  }

  /**
   * General search: one text box. Its words must all occur (ignoring case and accents) in the number, names,
   * address, city, VAT number or email; a text without letters is matched as one run of digits against the
   * number, VAT and enterprise numbers and phone numbers, so "0417 49" finds BE0417497106.
   */
  record Search(String text) implements Filter {
    public Search {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Condition toCondition() {
      boolean hasLetters = text.codePoints().anyMatch(Character::isLetter);
      String digits = TextFolding.digits(text);
      if (!hasLetters && !digits.isEmpty()) {
        return new Condition.SearchDigits(digits);
      }
      String[] words = TextFolding.words(text);
      if (words.length == 0) {
        return new Condition.Always();
      }
      List<Condition> parts = new ArrayList<>();
      for (String word : words) {
        parts.add(new Condition.SearchWord(word));
      }
      return parts.size() == 1 ? parts.get(0) : new Condition.AllOf(parts);
    }
  }

  /**
   * One criterion of extended search: a column, an operator and its operands as typed. Build one with
   * {@link #of}, which checks that the operator fits the column and the operands parse.
   */
  record Criterion(Column column, Operator operator, List<String> operands) implements Filter {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    public Criterion {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(operator, "operator");
      operands = List.copyOf(operands);
      check(column, operator, operands).ifPresent(refusal -> {
        throw new IllegalArgumentException(refusal.message(Locale.ENGLISH));
      });
    }

    public static Parsed<Criterion> of(Column column, Operator operator, List<String> operands) {
      Optional<Refusal> refusal = check(column, operator, operands);
      return refusal.isPresent() ? Parsed.invalid(refusal.get())
          : Parsed.valid(new Criterion(column, operator, operands));
    }

    public static Criterion of(Column column, Operator operator, String... operands) {
      return of(column, operator, List.of(operands)).orThrow();
    }

    private static Optional<Refusal> check(Column column, Operator operator, List<String> operands) {
      String field = column.columnName();
      if (!Operator.forType(column.type()).contains(operator)) {
        return Optional.of(Refusal.of(field, Reason.UNSUPPORTED_OPERATOR, operator.symbol(),
            Operator.symbolsFor(column.type())));
      }
      int arity = operator.arity();
      if ((arity >= 0 && operands.size() != arity) || (arity < 0 && operands.isEmpty())) {
        return Optional.of(Refusal.of(field, Reason.REQUIRED));
      }
      for (String operand : operands) {
        if (operand == null) {
          return Optional.of(Refusal.of(field, Reason.REQUIRED));
        }
        switch (column.type()) {
          case NUMBER -> {
            try {
              SortableKeys.number(new BigDecimal(operand.strip().replace(',', '.')));
            } catch (IllegalArgumentException e) {
              return Optional.of(Refusal.of(field, Reason.NOT_A_NUMBER));
            }
          }
          case DATE, TIMESTAMP -> {
            try {
              LocalDate.parse(operand.strip());
            } catch (DateTimeParseException e) {
              return Optional.of(Refusal.of(field, Reason.NOT_A_DATE));
            }
          }
          default -> { }
        }
      }
      return Optional.empty();
    }

    @Override
    public Condition toCondition() {
      return switch (operator) {
        case EMPTY -> new Condition.KeyCompare(column, Condition.Comparison.EQ, "");
        case NOT_EMPTY -> new Condition.KeyCompare(column, Condition.Comparison.NE, "");
        case IS_YES -> new Condition.KeyCompare(column, Condition.Comparison.EQ, SortableKeys.yesNo(true));
        case IS_NO -> new Condition.KeyCompare(column, Condition.Comparison.EQ, SortableKeys.yesNo(false));
        case CONTAINS -> new Condition.TextMatch(column, Condition.TextOperator.CONTAINS, matchOperand(0));
        case STARTS_WITH -> new Condition.TextMatch(column, Condition.TextOperator.STARTS_WITH, matchOperand(0));
        case EQUALS -> equalTo(0);
        case NOT_EQUALS -> new Condition.Negation(equalTo(0));
        case ONE_OF -> {
          List<Condition> any = new ArrayList<>();
          for (int i = 0; i < operands.size(); i++) {
            any.add(equalTo(i));
          }
          yield new Condition.AnyOf(any);
        }
        case BEFORE -> present(compare(Condition.Comparison.LT, lowerKey(0)));
        case AFTER -> present(column.type() == ColumnType.TIMESTAMP
            ? compare(Condition.Comparison.GE, upperKey(0))
            : compare(Condition.Comparison.GT, lowerKey(0)));
        case BETWEEN -> present(new Condition.AllOf(List.of(
            compare(Condition.Comparison.GE, lowerKey(0)),
            column.type() == ColumnType.TIMESTAMP
                ? compare(Condition.Comparison.LT, upperKey(1))
                : compare(Condition.Comparison.LE, lowerKey(1)))));
      };
    }

    private Condition equalTo(int index) {
      return switch (column.type()) {
        case TEXT, CHOICE -> new Condition.TextMatch(column, Condition.TextOperator.EQUALS, matchOperand(index));
        case TIMESTAMP -> new Condition.AllOf(List.of(
            compare(Condition.Comparison.GE, lowerKey(index)),
            compare(Condition.Comparison.LT, upperKey(index))));
        default -> compare(Condition.Comparison.EQ, lowerKey(index));
      };
    }

    private Condition compare(Condition.Comparison comparison, String key) {
      return new Condition.KeyCompare(column, comparison, key);
    }

    /** Numbers and dates sort after the empty key, so a "before" must not let empty values in. */
    private Condition present(Condition condition) {
      return new Condition.AllOf(List.of(new Condition.KeyCompare(column, Condition.Comparison.NE, ""), condition));
    }

    /** The operand as the column's match text folds it. */
    private String matchOperand(int index) {
      String operand = operands.get(index);
      if (column == StandardColumn.PHONE || column == StandardColumn.MOBILE) {
        return TextFolding.digits(operand);
      }
      if (column == StandardColumn.VAT_NUMBER) {
        return TextFolding.fold(operand).replaceAll("[^\\p{L}\\p{N}]", "");
      }
      return TextFolding.fold(operand);
    }

    /** The sort key of the operand; for a timestamp column, the first instant of the operand's day. */
    private String lowerKey(int index) {
      String operand = operands.get(index).strip();
      return switch (column.type()) {
        case NUMBER -> SortableKeys.number(new BigDecimal(operand.replace(',', '.')));
        case DATE -> SortableKeys.date(LocalDate.parse(operand));
        case TIMESTAMP -> SortableKeys.instant(LocalDate.parse(operand).atStartOfDay(BRUSSELS).toInstant());
        case YES_NO -> SortableKeys.yesNo(Set.of("yes", "ja", "oui", "1", "true").contains(operand.toLowerCase(Locale.ROOT)));
        default -> TextFolding.fold(operand);
      };
    }

    /** For a timestamp column, the first instant of the day after the operand's day. */
    private String upperKey(int index) {
      LocalDate day = LocalDate.parse(operands.get(index).strip());
      return SortableKeys.instant(day.plusDays(1).atStartOfDay(BRUSSELS).toInstant());
    }
  }

  /** Every customer. */
  static Filter all() {
    return new All();
  }

  static Filter and(List<Filter> parts) {
    List<Filter> kept = parts.stream().filter(p -> !(p instanceof All)).collect(Collectors.toList());
    return kept.isEmpty() ? new All() : kept.size() == 1 ? kept.get(0) : new And(kept);
  }

  static Filter and(Filter... parts) {
    return and(List.of(parts));
  }
}
