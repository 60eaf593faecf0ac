package org.customerkit.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.view.BuiltInView;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.Keyset;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.SortKey;
import org.customerkit.core.view.StandardColumn;
import org.customerkit.core.view.View;
import org.customerkit.persistence.jdbc.internal.ListSql;
import org.customerkit.persistence.jdbc.internal.Sql;
import org.customerkit.persistence.jdbc.internal.SqlDialect;
import org.customerkit.persistence.jdbc.internal.Tables;

/**
 * A page statement is written once per shape and filled per call with the call's tenant, keyset and limit. The
 * property: a page asked of a {@link ListSql} that wrote the same shape before, for another tenant, keyset and
 * limit, is exactly the page a {@link ListSql} that never saw the shape writes, text and parameters, and shares
 * the first call's text.
 */
class PageTemplateProperties {

  /** One page's shape: what the text depends on. */
  record Shape(Dialect dialect, Condition condition, Sort sort, List<Column> columns, boolean rows, boolean after,
      int branch) {}

  /** One call's values: the tenant, the limit, and the keyset's keys (as many as the sort takes) and id. */
  record Call(String tenant, int limit, List<String> keys, UUID id) {}

  @Property(tries = 300)
  void aPageFilledFromItsTemplateIsThePageWrittenAfresh(@ForAll("shapes") Shape shape, @ForAll("calls") Call first,
      @ForAll("calls") Call second) {
    // the writer has seen this shape and its neighbours (the same but for one part) with the first call's values
    ListSql seen = lists(shape);
    List<Shape> neighbours = neighbours(shape);
    List<Sql> before = new ArrayList<>();
    for (Shape neighbour : neighbours) {
      before.add(page(seen, neighbour, first));
    }
    for (int i = 0; i < neighbours.size(); i++) {
      Shape asked = neighbours.get(i);
      Sql again = page(seen, asked, second);
      Sql fresh = page(lists(asked), asked, second);

      assertEquals(fresh.text(), again.text(), asked::toString);
      assertEquals(fresh.params(), again.params(), asked::toString);
      assertSame(before.get(i).text(), again.text(), "one text for every page of a shape");
      assertTrue(again.params().contains(second.tenant()), "the second call's tenant is bound");
      if (!first.tenant().equals(second.tenant()) && !second.keys().contains(first.tenant())
          && !asked.toString().contains(first.tenant())) {
        assertEquals(-1, again.params().indexOf(first.tenant()), "the first call's tenant is gone");
      }
    }
  }

  /** The shape, and the shapes that differ from it in one part: keyset or not, branch, rows or customers. */
  private static List<Shape> neighbours(Shape shape) {
    List<Shape> all = new ArrayList<>();
    all.add(shape);
    all.add(new Shape(shape.dialect(), shape.condition(), shape.sort(), shape.columns(), !shape.rows(),
        shape.after(), shape.branch()));
    all.add(new Shape(shape.dialect(), shape.condition(), shape.sort(), shape.columns(), shape.rows(),
        !shape.after(), ListSql.WHOLE));
    if (shape.after()) {
      for (int branch = ListSql.WHOLE; branch <= shape.sort().keys().size(); branch++) {
        if (branch != shape.branch()) {
          all.add(new Shape(shape.dialect(), shape.condition(), shape.sort(), shape.columns(), shape.rows(), true,
              branch));
        }
      }
    }
    if (shape.columns().size() > 1) {
      all.add(new Shape(shape.dialect(), shape.condition(), shape.sort(), shape.columns().subList(1,
          shape.columns().size()), shape.rows(), shape.after(), shape.branch()));
    }
    return all;
  }

  @Example
  void aKeysetThatDoesNotFitTheSortIsRefused() {
    ListSql lists = new ListSql(new Tables("ck_"), SqlDialect.of(Dialect.H2));
    Sort sort = Sort.by(SortKey.asc(StandardColumn.CITY), SortKey.desc(StandardColumn.COMPANY_NAME));
    Keyset oneKey = new Keyset(List.of("gent"), new CustomerId(new UUID(1, 2)));
    assertThrows(IllegalArgumentException.class, () -> lists.list(TenantId.of("t1"),
        BuiltInView.ALL.view().effectiveFilter().toCondition(), sort, Optional.of(oneKey), 51));
  }

  private static ListSql lists(Shape shape) {
    return new ListSql(new Tables("ck_"), SqlDialect.of(shape.dialect()));
  }

  private static Sql page(ListSql lists, Shape shape, Call call) {
    TenantId tenant = TenantId.of(call.tenant());
    Optional<Keyset> after = shape.after()
        ? Optional.of(new Keyset(call.keys().subList(0, shape.sort().keys().size()), new CustomerId(call.id())))
        : Optional.empty();
    return shape.rows()
        ? lists.rows(tenant, shape.condition(), shape.sort(), after, call.limit(), shape.columns(), shape.branch())
            .sql()
        : lists.list(tenant, shape.condition(), shape.sort(), after, call.limit(), shape.branch());
  }

  @Provide
  Arbitrary<Shape> shapes() {
    Arbitrary<Condition> condition = Arbitraries.oneOf(
        Arbitraries.of(BuiltInView.values()).map(view -> view.view().effectiveFilter().toCondition()),
        Arbitraries.strings().alpha().numeric().withChars(" %_!'").ofMinLength(1).ofMaxLength(12)
            .filter(text -> !text.isBlank())
            .map(text -> View.builder().name("search").filter(new Filter.Search(text))
                .columns(BuiltInView.DEFAULT_COLUMNS).sort(Sort.by(StandardColumn.COMPANY_NAME)).build()
                .effectiveFilter().toCondition()));
    Arbitrary<SortKey> key = Combinators.combine(Arbitraries.of(StandardColumn.values()), Arbitraries.of(true, false))
        .as((column, ascending) -> ascending ? SortKey.asc(column) : SortKey.desc(column));
    Arbitrary<Sort> sort = key.list().ofMinSize(1).ofMaxSize(3).uniqueElements(SortKey::column)
        .map(keys -> Sort.by(keys.toArray(SortKey[]::new)));
    Arbitrary<List<Column>> columns = Arbitraries.of(StandardColumn.values()).list().ofMinSize(1).ofMaxSize(6)
        .uniqueElements().map(List::<Column>copyOf);
    return Combinators.combine(Arbitraries.of(Dialect.values()), condition, sort, columns, Arbitraries.of(true, false),
        Arbitraries.of(true, false), Arbitraries.integers().between(-1, 3))
        .as((dialect, c, s, cs, rows, after, branch) -> new Shape(dialect, c, s, cs, rows, after,
            after && branch >= 0 ? Math.min(branch, s.keys().size()) : ListSql.WHOLE));
  }

  @Provide
  Arbitrary<Call> calls() {
    Arbitrary<String> tenant = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(8);
    Arbitrary<List<String>> keys = Arbitraries.strings().ofMaxLength(10).list().ofSize(3).map(ArrayList::new);
    return Combinators.combine(tenant, Arbitraries.integers().between(1, 1_000), keys,
        Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new)).as(Call::new);
  }
}
