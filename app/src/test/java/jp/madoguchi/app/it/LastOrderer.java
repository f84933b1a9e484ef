package jp.madoguchi.app.it;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;

/**
 * Keeps the discovery order of test classes, but puts those marked {@link RunsLast} at the end
 * (configured in junit-platform.properties).
 */
public class LastOrderer implements ClassOrderer {

  @Override
  public void orderClasses(org.junit.jupiter.api.ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(Comparator.comparing((ClassDescriptor c) -> c.isAnnotated(RunsLast.class)));
  }
}
