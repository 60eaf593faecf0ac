package org.customerkit.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.customerkit.core.view.BuiltInView;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.Operator;
import org.customerkit.core.view.StandardColumn;
import org.customerkit.persistence.jdbc.internal.ConditionSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which filters need a plan per call on PostgreSQL ({@link ConditionSql#plansPerCall}): a general search and a
 * text criterion, wherever they sit in the tree, since their best plan depends on the term; never the status and
 * VAT-number filters every built-in view runs on, whose statements must stay prepared.
 */
class PlanPerCallTest {

  @ParameterizedTest
  @EnumSource(BuiltInView.class)
  void builtInViewsKeepTheirStatementsPrepared(BuiltInView view) {
    assertFalse(ConditionSql.plansPerCall(view.view().effectiveFilter().toCondition()));
  }

  @Test
  void emptinessAndDateCriteriaKeepTheirStatementsPrepared() {
    Filter filter = Filter.and(Filter.Criterion.of(StandardColumn.VAT_NUMBER, Operator.NOT_EMPTY),
        Filter.Criterion.of(StandardColumn.EMAIL, Operator.EMPTY),
        Filter.Criterion.of(StandardColumn.CREATED, Operator.AFTER, "2024-01-01"));
    assertFalse(ConditionSql.plansPerCall(filter.toCondition()));
  }

  @Test
  void aGeneralSearchIsPlannedPerCall() {
    assertTrue(ConditionSql.plansPerCall(new Filter.Search("bakkerij").toCondition()));
    assertTrue(ConditionSql.plansPerCall(new Filter.Search("0417 49").toCondition()));
  }

  @ParameterizedTest
  @EnumSource(value = Operator.class, names = {"EQUALS", "CONTAINS", "STARTS_WITH"})
  void aTextCriterionIsPlannedPerCallEvenInsideAnOrGroupOrANegation(Operator operator) {
    Filter pattern = Filter.Criterion.of(StandardColumn.COMPANY_NAME, operator, "bakk");
    Filter created = Filter.Criterion.of(StandardColumn.CREATED, Operator.BEFORE, "2024-01-01");
    assertTrue(ConditionSql.plansPerCall(pattern.toCondition()));
    assertTrue(ConditionSql.plansPerCall(new Filter.Or(List.of(created, pattern)).toCondition()));
    assertTrue(ConditionSql.plansPerCall(Filter.and(created, new Filter.Not(pattern)).toCondition()));
    assertTrue(ConditionSql.plansPerCall(
        Filter.and(BuiltInView.WITH_VAT.view().effectiveFilter(), pattern).toCondition()));
  }
}
