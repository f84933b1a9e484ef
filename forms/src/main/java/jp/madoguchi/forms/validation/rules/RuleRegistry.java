package jp.madoguchi.forms.validation.rules;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every rule, by name. Adding a rule = adding a class and listing it here. */
public final class RuleRegistry {

  private static final Map<String, Rule> RULES =
      Stream.of(
              new ChildAgeLimitRule(),
              new AgeCategoryRule(),
              new DateOrderRule(),
              new FilingWindowRule(),
              new AccountHolderRule(),
              new MustBeTrueRule(),
              new AvailableFromRule(),
              new FiscalYearLimitRule(),
              new AmountLimitRule(),
              new AnnualPeriodRule(),
              new NextOpenDayRule())
          .collect(Collectors.toUnmodifiableMap(Rule::name, Function.identity()));

  private RuleRegistry() {}

  public static Optional<Rule> find(String name) {
    return Optional.ofNullable(name).map(RULES::get);
  }

  public static Set<String> names() {
    return RULES.keySet();
  }
}
