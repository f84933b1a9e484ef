package jp.madoguchi.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code madoguchi.mode}: {@code demo} (demo accounts and data) or {@code production}. */
@ApplicationScoped
public class OperatingMode {

  @Inject
  @ConfigProperty(name = "madoguchi.mode", defaultValue = "production")
  String mode;

  public boolean isDemo() {
    return "demo".equalsIgnoreCase(mode.trim());
  }
}
