package org.customerkit.core.view.search;

import org.customerkit.core.view.ColumnType;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.Operator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;

/**
 * The text form of filters, used by the command line ({@code --where}) and by saved views. A filter is a
 * list of lines that must all hold; a line is one criterion, or several joined by {@code " OR "}:
 *
 * <pre>
 * city=Gent                      equals (ignoring case and accents)
 * city!=Gent                     does not equal
 * name~bakkerij                  contains        ({@code name} is short for {@code full-name})
 * company-name^=bakk             starts with
 * vat-number=                    is empty
 * vat-number!=                   is not empty
 * language=nl|fr                 one of
 * created&lt;2026-01-01            before (dates, numbers)
 * created&gt;2026-01-01            after
 * field:since=2020-01-01..2020-12-31   between, both ends included
 * field:vip=yes                  yes or no
 * search:bakkerij gent           the general search
 * city=Gent OR city=Brugge       either
 * </pre>
 */
public final class FilterText {

  private static final String OR = " OR ";
  private static final String SEARCH = "search:";
  private static final List<String> SYMBOLS = List.of("!=", "^=", "=", "~", "<", ">");

  private FilterText() {}

  /** Parses lines into one filter (their and); refusals name the field {@code where}. */
  public static Parsed<Filter> parse(List<String> lines, Collection<ExtraFieldDefinition> fields) {
    List<Filter> all = new ArrayList<>();
    for (String line : lines) {
      if (line == null || line.isBlank()) {
        continue;
      }
      List<Filter> any = new ArrayList<>();
      for (String part : line.split(OR)) {
        Parsed<Filter> one = criterion(part.strip(), fields);
        if (!one.isValid()) {
          return one;
        }
        any.add(one.orThrow());
      }
      all.add(any.size() == 1 ? any.get(0) : new Filter.Or(any));
    }
    return Parsed.valid(Filter.and(all));
  }

  public static Parsed<Filter> parse(String line, Collection<ExtraFieldDefinition> fields) {
    return parse(List.of(line), fields);
  }

  private static Parsed<Filter> criterion(String text, Collection<ExtraFieldDefinition> fields) {
    if (text.startsWith(SEARCH)) {
      return Parsed.valid(new Filter.Search(text.substring(SEARCH.length()).strip()));
    }
    int at = -1;
    String symbol = null;
    for (int i = 0; i < text.length() && at < 0; i++) {
      for (String s : SYMBOLS) {
        if (text.startsWith(s, i)) {
          at = i;
          symbol = s;
          break;
        }
      }
    }
    if (at <= 0) {
      return Parsed.invalid("where", Reason.NOT_A_CRITERION, text);
    }
    String name = text.substring(0, at).strip().toLowerCase(Locale.ROOT);
    String value = text.substring(at + symbol.length()).strip();
    if (!value.isEmpty() && "=!~^<>".indexOf(value.charAt(0)) >= 0) {
      return Parsed.invalid("where", Reason.NOT_A_CRITERION, text);
    }
    var column = Column.byName(name.equals("name") ? "full-name" : name, fields);
    if (column.isEmpty()) {
      return Parsed.invalid("where", Reason.UNKNOWN_NAME, name, Column.names(fields));
    }
    Column c = column.get();
    Operator operator;
    List<String> operands;
    switch (symbol) {
      case "!=" -> {
        operator = value.isEmpty() ? Operator.NOT_EMPTY : Operator.NOT_EQUALS;
        operands = value.isEmpty() ? List.of() : List.of(value);
      }
      case "^=" -> {
        operator = Operator.STARTS_WITH;
        operands = List.of(value);
      }
      case "~" -> {
        operator = Operator.CONTAINS;
        operands = List.of(value);
      }
      case "<" -> {
        operator = Operator.BEFORE;
        operands = List.of(value);
      }
      case ">" -> {
        operator = Operator.AFTER;
        operands = List.of(value);
      }
      default -> {
        if (value.isEmpty()) {
          operator = Operator.EMPTY;
          operands = List.of();
        } else if (c.type() == ColumnType.YES_NO) {
          boolean yes = List.of("yes", "ja", "oui", "y", "j", "1", "true").contains(value.toLowerCase(Locale.ROOT));
          boolean no = List.of("no", "nee", "non", "nein", "n", "0", "false").contains(value.toLowerCase(Locale.ROOT));
          if (!yes && !no) {
            return Parsed.invalid(c.columnName(), Reason.NOT_YES_NO);
          }
          operator = yes ? Operator.IS_YES : Operator.IS_NO;
          operands = List.of();
        } else if (value.contains("..")) {
          operator = Operator.BETWEEN;
          operands = Arrays.stream(value.split("\\.\\.", 2)).map(String::strip).collect(Collectors.toList());
        } else if (value.contains("|")) {
          operator = Operator.ONE_OF;
          operands = Arrays.stream(value.split("\\|")).map(String::strip).collect(Collectors.toList());
        } else {
          operator = Operator.EQUALS;
          operands = List.of(value);
        }
      }
    }
    return Filter.Criterion.of(c, operator, operands).map(f -> f);
  }

  /** The lines of a filter made of and, or, criteria and searches (what {@link #parse} makes). */
  public static List<String> format(Filter filter) {
    if (filter instanceof Filter.All) {
      return List.of();
    }
    if (filter instanceof Filter.And and) {
      List<String> lines = new ArrayList<>();
      for (Filter part : and.parts()) {
        lines.addAll(format(part));
      }
      return lines;
    }
    if (filter instanceof Filter.Or or) {
      return List.of(or.parts().stream().map(FilterText::line).collect(Collectors.joining(OR)));
    }
    return List.of(line(filter));
  }

  private static String line(Filter filter) {
    if (filter instanceof Filter.Search search) {
      return SEARCH + search.text();
    }
    if (!(filter instanceof Filter.Criterion c)) {
      throw new IllegalArgumentException("no text form for " + filter);
    }
    String name = c.column().columnName();
    List<String> o = c.operands();
    return switch (c.operator()) {
      case EQUALS -> name + "=" + o.get(0);
      case NOT_EQUALS -> name + "!=" + o.get(0);
      case CONTAINS -> name + "~" + o.get(0);
      case STARTS_WITH -> name + "^=" + o.get(0);
      case EMPTY -> name + "=";
      case NOT_EMPTY -> name + "!=";
      case BEFORE -> name + "<" + o.get(0);
      case AFTER -> name + ">" + o.get(0);
      case BETWEEN -> name + "=" + o.get(0) + ".." + o.get(1);
      case ONE_OF -> name + "=" + String.join("|", o);
      case IS_YES -> name + "=yes";
      case IS_NO -> name + "=no";
    };
  }
}
