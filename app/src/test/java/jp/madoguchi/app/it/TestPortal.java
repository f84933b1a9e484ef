package jp.madoguchi.app.it;

import java.nio.file.Path;
import jp.madoguchi.portal.simulator.PortalSimulator;

/**
 * The portal simulator of this test run: started before the first server under test, which pulls
 * from it (scheduled polls an hour apart, so each poll in a test is the one the test triggers).
 */
final class TestPortal {

  private static PortalSimulator shared;

  private TestPortal() {}

  static synchronized PortalSimulator simulator(Path workDir) {
    if (shared == null) {
      shared = PortalSimulator.start(workDir.resolve("portal-simulator"), 0);
    }
    return shared;
  }

  static PortalSimulator get() {
    MadoguchiServer.get();
    return shared;
  }
}
