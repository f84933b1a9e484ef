package jp.madoguchi.app.interfaces.rest;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The top-level keys a JSON body may have: the component names of the record documenting it. */
public final class BodyShape {

  private static final ClassValue<Set<String>> KEYS =
      new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
          return Arrays.stream(type.getRecordComponents())
              .map(java.lang.reflect.RecordComponent::getName)
              .collect(Collectors.toUnmodifiableSet());
        }
      };

  private BodyShape() {}

  public static Set<String> keysOf(Class<? extends Record> shape) {
    return KEYS.get(shape);
  }
}
