package org.customerkit.core.view;

import org.customerkit.core.view.text.SearchText;
import org.customerkit.core.view.text.CodePointOrder;
import org.customerkit.core.domain.customer.Customer;

/** The reference interpreter of a {@link Condition}: what every store must agree with. */
public final class ConditionEvaluator {

  private ConditionEvaluator() {}

  public static boolean matches(Condition condition, Customer customer) {
    if (condition instanceof Condition.Always) {
      return true;
    } else if (condition instanceof Condition.AllOf all) {
      return all.parts().stream().allMatch(p -> matches(p, customer));
    } else if (condition instanceof Condition.AnyOf any) {
      return any.parts().stream().anyMatch(p -> matches(p, customer));
    } else if (condition instanceof Condition.Negation not) {
      return !matches(not.part(), customer);
    } else if (condition instanceof Condition.KeyCompare compare) {
      String key = ColumnKeys.sortKey(customer, compare.column());
      return compare.comparison().test(CodePointOrder.compare(key, compare.key()));
    } else if (condition instanceof Condition.KeyIn in) {
      return in.keys().contains(ColumnKeys.sortKey(customer, in.column()));
    } else if (condition instanceof Condition.TextMatch match) {
      String text = ColumnKeys.matchText(customer, match.column());
      return switch (match.operator()) {
        case EQUALS -> text.equals(match.folded());
        case CONTAINS -> text.contains(match.folded());
        case STARTS_WITH -> text.startsWith(match.folded());
      };
    } else if (condition instanceof Condition.SearchWord word) {
      return SearchText.words(customer).contains(word.word());
    } else if (condition instanceof Condition.SearchDigits digits) {
      return SearchText.digits(customer).contains(digits.digits());
    }
    throw new IllegalArgumentException("unknown condition " + condition);
  }
}
