package jp.madoguchi.forms.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import jp.madoguchi.forms.japanese.DamageGrade;

/**
 * What a 罹災証明書 states: {@code issueNumber} 交付番号, {@code issuedOn} 発行日, the 世帯主 (name and address),
 * the 災害 (name, may be null, and date), the 被災住家の所在地, the 被害の程度 with its 損害割合 (may be null) and the
 * 市区町村長 who certifies. {@code receiptNumber} is printed in the footer.
 */
public record DisasterCertificate(
    String receiptNumber,
    String issueNumber,
    LocalDate issuedOn,
    String householdHead,
    String householdAddress,
    String disasterName,
    LocalDate disasterDate,
    String propertyAddress,
    DamageGrade grade,
    BigDecimal ratioPercent,
    String mayorName) {

  public DisasterCertificate {
    Objects.requireNonNull(issueNumber, "issueNumber");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(grade, "grade");
  }
}
