package jp.madoguchi.portal.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import jp.madoguchi.forms.samples.SampleApplications;
import jp.madoguchi.portal.PackageLimits;
import jp.madoguchi.portal.PackageRefusedException;
import jp.madoguchi.portal.PortalPackage;
import jp.madoguchi.portal.PortalPackageReader;
import jp.madoguchi.portal.trust.TrustSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each kind of simulated package is what it says, read against the trust anchor and CRL files the
 * simulator wrote (as Madoguchi reads them).
 */
class PackageMakerTest {

  @TempDir static Path directory;
  private static PortalSimulator portal;
  private static PackageMaker maker;

  @BeforeAll
  static void start() {
    portal = PortalSimulator.start(directory, 0);
    maker = new PackageMaker(portal);
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @Test
  void aGoodPackageOfEveryDemoProcedureVerifiesAndCarriesTheSample() throws Exception {
    for (String procedure : DemoPortal.GOOD_PROCEDURES) {
      PackageMaker.Made made = maker.make(PackageKind.GOOD, procedure, "PS-TEST-" + procedure);

      PortalPackage read = reader().read(made.zip());

      assertThat(read.verified()).as(procedure).isTrue();
      assertThat(read.form().procedureCode()).isEqualTo(procedure);
      assertThat(read.submissionBody().path("form"))
          .isEqualTo(SampleApplications.valid(procedure).path("form"));
      assertThat(read.verifiedSigner()).contains(made.signer().certificate());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = PackageKind.class,
      names = {"TAMPERED_FORM", "TAMPERED_ATTACHMENT", "UNTRUSTED", "EXPIRED", "REVOKED"})
  void eachBadKindFailsVerificationWithItsReason(PackageKind kind) throws Exception {
    PackageMaker.Made made = maker.make(kind, "CC-01", "PS-TEST-" + kind.ordinal());

    PortalPackage read = reader().read(made.zip());

    assertThat(kind.isIntakeError()).isTrue();
    assertThat(read.verified()).isFalse();
    assertThat(read.failure().refusal()).isEqualTo(kind.refusal());
  }

  @Test
  void theUnreadableKindIsRefusedBeforeVerification() {
    PackageMaker.Made made = maker.make(PackageKind.XXE, "CC-01", "PS-TEST-XXE");

    assertThat(PackageKind.XXE.isIntakeError()).isFalse();
    assertThatThrownBy(() -> reader().read(made.zip()))
        .isInstanceOfSatisfying(
            PackageRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(PackageKind.XXE.refusal()));
  }

  private static PortalPackageReader reader() throws Exception {
    TrustSettings trust = TrustSettings.load(portal.trustAnchorsFile(), portal.crlFile());
    return new PortalPackageReader(PackageLimits.DEFAULT, trust, Clock.systemUTC());
  }
}
