package jp.madoguchi.app.domain.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicationStatusTest {

  @ParameterizedTest
  @CsvSource({
    "RECEIVED, 処理中",
    "UNDER_REVIEW, 処理中",
    "RETURNED_FOR_CORRECTION, 要訂正",
    "ACCEPTED, 処理中",
    "LINKED, 処理中",
    "COMPLETED, 完了",
    "REJECTED, 完了",
    "WITHDRAWN, 完了",
    "INTAKE_ERROR, 受付エラー"
  })
  void eachStateShowsTheDesignedPortalStatus(ApplicationStatus status, String portalLabel) {
    assertThat(status.portalStatus().label()).isEqualTo(portalLabel);
  }

  @Test
  void receiptNumbersAreOpaqueButBounded() {
    assertThat(ReceiptNumber.isValid("2025-000123")).isTrue();
    assertThat(ReceiptNumber.isValid("A".repeat(64))).isTrue();
    assertThat(ReceiptNumber.isValid("A".repeat(65))).isFalse();
    assertThat(ReceiptNumber.isValid("../etc")).isFalse();
    assertThat(ReceiptNumber.isValid("")).isFalse();
    assertThat(ReceiptNumber.isValid(null)).isFalse();
  }
}
