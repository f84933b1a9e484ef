package jp.madoguchi.app.application.workflow;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.portal.CertificateId;
import jp.madoguchi.app.domain.portal.ResidentCertificate;
import jp.madoguchi.forms.validation.Violation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * 番号紐付情報 CSV (UTF-8, header {@code issuer,serial,residentId}): every row checked before anything is
 * stored; any error → 422 listing each bad row in Japanese, nothing imported.
 */
public final class ResidentCertificateCsv {

  private static final int MAX_ROWS = 100_000;

  /** A checked row. */
  public record Row(CertificateId certificate, String residentId) {}

  private ResidentCertificateCsv() {}

  public static List<Row> parse(String csv) {
    List<Row> rows = new ArrayList<>();
    List<Violation> errors = new ArrayList<>();
    Set<CertificateId> seen = new HashSet<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    try (CSVParser parser = CSVParser.parse(new StringReader(strip(csv)), format)) {
      if (!parser.getHeaderNames().equals(List.of("issuer", "serial", "residentId"))) {
        throw invalid("1行目は issuer,serial,residentId の見出しにしてください");
      }
      for (CSVRecord record : parser) {
        long line = record.getRecordNumber() + 1;
        if (rows.size() + errors.size() >= MAX_ROWS) {
          throw invalid("行数が上限（" + MAX_ROWS + "行）を超えています");
        }
        if (record.size() != 3) {
          errors.add(error(line, "列数が3ではありません"));
          continue;
        }
        try {
          CertificateId certificate = new CertificateId(record.get(0), record.get(1));
          String resident = ResidentCertificate.checkedResidentId(record.get(2));
          if (!seen.add(certificate)) {
            errors.add(error(line, "同じ証明書が複数行にあります"));
            continue;
          }
          rows.add(new Row(certificate, resident));
        } catch (IllegalArgumentException e) {
          errors.add(error(line, e.getMessage()));
        }
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw invalid("CSVとして読み取れません");
    }
    if (!errors.isEmpty()) {
      throw new ApplicationProblem(ProblemType.VALIDATION_FAILED, "CSVに誤りがあるため、取り込みませんでした", errors);
    }
    if (rows.isEmpty()) {
      throw invalid("取り込む行がありません");
    }
    return rows;
  }

  private static String strip(String csv) {
    return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
  }

  private static Violation error(long line, String message) {
    return new Violation("line" + line, "invalidRow", line + "行目: " + message);
  }

  private static ApplicationProblem invalid(String message) {
    return new ApplicationProblem(ProblemType.VALIDATION_FAILED, message);
  }
}
