package org.customerkit.core.view;

import org.customerkit.core.view.cursor.Cursors;
import org.customerkit.core.view.search.FilterText;
import org.customerkit.core.view.text.CodePointOrder;
import org.customerkit.core.view.text.SortableKeys;
import org.customerkit.core.view.text.TextFolding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;

/** Properties of the pieces every store relies on: folding, sortable keys, filter text, cursors. */
class ViewProperties {

  @Property
  void foldingIsIdempotent(@ForAll String text) {
    String once = TextFolding.fold(text);
    assertEquals(once, TextFolding.fold(once));
  }

  @Property
  void foldedTextStaysInTheBasicPlaneSoEveryStoreOrdersItAlike(@ForAll String a, @ForAll String b) {
    String fa = TextFolding.fold(a);
    String fb = TextFolding.fold(b);
    assertTrue(fa.codePoints().allMatch(Character::isBmpCodePoint));
    assertEquals(Integer.signum(fa.compareTo(fb)), Integer.signum(CodePointOrder.compare(fa, fb)));
  }

  @Property
  void caseAndAccentsDoNotMatter(@ForAll("latinNames") String name) {
    String accented = name.replace('e', '\u00e9').replace('a', '\u00e4').replace('c', '\u00e7');
    assertEquals(TextFolding.fold(name), TextFolding.fold(accented.toUpperCase(java.util.Locale.ROOT)));
  }

  @Provide
  Arbitrary<String> latinNames() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz ").ofMinLength(1).ofMaxLength(30);
  }

  @Property
  void sortableNumbersSortAsTheNumbers(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
    assertEquals(Integer.signum(a.compareTo(b)),
        Integer.signum(CodePointOrder.compare(SortableKeys.number(a), SortableKeys.number(b))));
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(Arbitraries.bigIntegers().between(java.math.BigInteger.valueOf(-1_000_000_000L),
        java.math.BigInteger.valueOf(1_000_000_000L)), Arbitraries.integers().between(-12, 12))
        .as((unscaled, scale) -> new BigDecimal(unscaled, scale));
  }

  @Property
  void filterTextReadsBackWhatItWrote(@ForAll("filterLines") List<String> lines) {
    Parsed<Filter> parsed = FilterText.parse(lines, List.of());
    Filter filter = parsed.orThrow();
    assertEquals(filter, FilterText.parse(FilterText.format(filter), List.of()).orThrow());
  }

  @Provide
  Arbitrary<List<String>> filterLines() {
    Arbitrary<String> value = Arbitraries.strings().withChars("abcGentéë0123 '-").ofMinLength(1).ofMaxLength(12)
        .map(String::strip).filter(s -> !s.isEmpty());
    Arbitrary<String> text = Arbitraries.of("city", "full-name", "company-name", "email", "postal-code");
    Arbitrary<String> criterion = Arbitraries.oneOf(
        Combinators.combine(text, Arbitraries.of("=", "!=", "~", "^="), value).as((c, op, v) -> c + op + v),
        text.map(c -> c + "="), text.map(c -> c + "!="),
        Arbitraries.of("created<2026-01-01", "updated>2025-12-31", "created=2026-01-01..2026-02-01",
            "language=nl|fr", "country=BE"),
        value.map(v -> "search:" + v));
    Arbitrary<String> line = criterion.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" OR ", l));
    return line.list().ofMinSize(1).ofMaxSize(3);
  }

  @Property
  void aDoubledOperatorIsNeverTakenForACriterionWithAStrangeValue(@ForAll("columnNames") String column,
      @ForAll("symbols") String symbol, @ForAll("symbols") String second, @ForAll("plainValues") String value) {
    String line = column + symbol + second + value;

    Parsed<Filter> parsed = FilterText.parse(line, List.of());

    assertTrue(parsed instanceof Parsed.Invalid<Filter> invalid
        && invalid.refusal().reason() == Reason.NOT_A_CRITERION
        && invalid.refusal().arguments().equals(List.of(line.strip())), line);
  }

  @Property
  void aLineWithoutAnOperatorIsNotACriterion(@ForAll("plainValues") String line) {
    Parsed<Filter> parsed = FilterText.parse(line, List.of());

    assertTrue(parsed instanceof Parsed.Invalid<Filter> invalid
        && invalid.refusal().reason() == Reason.NOT_A_CRITERION, line);
  }

  @Property
  void aWellFormedCriterionOnATextColumnParses(@ForAll("textColumnNames") String column,
      @ForAll("textSymbols") String symbol, @ForAll("plainValues") String value) {
    assertTrue(FilterText.parse(column + symbol + value, List.of()).isValid(), column + symbol + value);
  }

  @Provide
  Arbitrary<String> columnNames() {
    return Arbitraries.of(StandardColumn.values()).map(StandardColumn::columnName);
  }

  @Provide
  Arbitrary<String> textColumnNames() {
    return Arbitraries.of(StandardColumn.values()).filter(c -> c.type() == ColumnType.TEXT)
        .map(StandardColumn::columnName);
  }

  @Provide
  Arbitrary<String> symbols() {
    return Arbitraries.of("=", "!=", "~", "^=", "<", ">");
  }

  @Provide
  Arbitrary<String> textSymbols() {
    return Arbitraries.of("=", "!=", "~", "^=");
  }

  @Provide
  Arbitrary<String> plainValues() {
    return Arbitraries.strings().alpha().numeric().withChars(' ', '-', '.', '@').ofMinLength(1).ofMaxLength(30)
        .filter(v -> !v.isBlank() && !v.contains(" OR ") && !v.contains("..") && !v.startsWith("search:"));
  }

  private static final TenantId TENANT = TenantId.of("alpha");

  private static View viewSortedBy(String name, Sort sort) {
    return View.builder().name(name).addColumns(StandardColumn.NUMBER).sort(sort).build();
  }

  @Property
  void aCursorReadsBackAndAnyChangeIsRefusedOrHarmless(@ForAll("keys") List<String> keys,
      @ForAll @IntRange(min = 0, max = 500) int position, @ForAll char replacement) {
    Sort sort = new Sort(keys.stream().map(k -> SortKey.asc(StandardColumn.values()[keys.indexOf(k)
        % StandardColumn.values().length])).distinct().toList());
    List<String> used = keys.subList(0, sort.keys().size());
    Keyset keyset = new Keyset(used, CustomerId.random());
    View view = viewSortedBy("all", sort);
    Cursors cursors = Cursors.withRandomKey();
    String cursor = cursors.encode(TENANT, view, keyset);
    assertEquals(Optional.of(keyset), cursors.decode(cursor, TENANT, view).toOptional());
    int at = position % cursor.length();
    String tampered = cursor.substring(0, at) + replacement + cursor.substring(at + 1);
    Parsed<Keyset> read = cursors.decode(tampered, TENANT, view);
    assertTrue(!read.isValid() || read.orThrow().equals(keyset), tampered);
  }

  @Property
  void aCursorCarriesNoReadableTraceOfItsKeys(@ForAll("readableKeys") String key) {
    Keyset keyset = new Keyset(List.of(key), CustomerId.random());
    String cursor = Cursors.withRandomKey().encode(TENANT, viewSortedBy("all", Sort.by(StandardColumn.EMAIL)),
        keyset);
    byte[] bytes = Base64.getUrlDecoder().decode(cursor);
    String asText = new String(bytes, StandardCharsets.ISO_8859_1);
    assertTrue(!asText.contains(key) && !cursor.contains(key), cursor);
    assertTrue(!cursor.contains(keyset.id().value().toString()), cursor);
  }

  @Provide
  Arbitrary<String> readableKeys() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('@', '.').ofMinLength(6).ofMaxLength(40);
  }

  @Provide
  Arbitrary<List<String>> keys() {
    return Arbitraries.strings().ofMaxLength(20).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
  }

  @Example
  void aCursorForAnotherSortViewTenantOrKeyIsRefused() {
    Cursors cursors = Cursors.withRandomKey();
    View byCity = viewSortedBy("all", Sort.by(StandardColumn.CITY));
    String cursor = cursors.encode(TENANT, byCity, new Keyset(List.of("gent"), CustomerId.random()));
    assertTrue(cursors.decode(cursor, TENANT, byCity).isValid());
    assertTrue(!cursors.decode(cursor, TENANT, viewSortedBy("all", Sort.by(SortKey.desc(StandardColumn.CITY))))
        .isValid());
    assertTrue(!cursors.decode(cursor, TENANT, viewSortedBy("with-vat", Sort.by(StandardColumn.CITY))).isValid());
    assertTrue(!cursors.decode(cursor, TenantId.of("bravo"), byCity).isValid());
    assertTrue(!Cursors.withRandomKey().decode(cursor, TENANT, byCity).isValid());
    assertTrue(!cursors.decode("not a cursor", TENANT, byCity).isValid());
  }

  @Example
  void clickingTheSameTitleFlipsItAndAnotherMakesItPrimary() {
    Sort byName = Sort.by(StandardColumn.FULL_NAME);
    assertEquals(Sort.by(SortKey.desc(StandardColumn.FULL_NAME)), byName.toggle(StandardColumn.FULL_NAME));
    assertEquals(Sort.by(SortKey.asc(StandardColumn.CITY), SortKey.asc(StandardColumn.FULL_NAME)),
        byName.toggle(StandardColumn.CITY));
    assertEquals(Sort.by(SortKey.desc(StandardColumn.CITY), SortKey.asc(StandardColumn.FULL_NAME)),
        byName.toggle(StandardColumn.CITY).toggle(StandardColumn.CITY));
  }

  @Example
  void generalSearchMatchesDigitsOnlyForNumbersAndWordsOtherwise() {
    assertEquals(new Condition.SearchDigits("041749"), new Filter.Search("0417 49").toCondition());
    assertEquals(new Condition.AllOf(List.of(new Condition.SearchWord("emile"), new Condition.SearchWord("gent"))),
        new Filter.Search("\u00c9mile  Gent").toCondition());
  }
}
