package jp.madoguchi.app.interfaces.rest.intake;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/applications} and of a resubmission: the strict reader takes the
 * allowed top-level keys from it ({@link JsonBodies#read}) and {@code /openapi} documents it as the
 * {@code Submission} schema ({@link OpenApiDocument}). The resource keeps the body as a JSON tree
 * so that every error can be reported field by field; {@code form} stays an object that the
 * procedure's definition checks. {@link ApplicantDocument} has the fields of the catalog's
 * applicant block.
 */
@Schema(name = "Submission", description = "ポータルからの申請")
public record SubmissionDocument(
    @Schema(description = "受付番号（冪等キー）", example = "2025-000123", required = true)
        String receiptNumber,
    @Schema(description = "手続コード", example = "CC-01", required = true) String procedureCode,
    @Schema(description = "提出日時 ISO 8601", example = "2025-04-01T09:30:00+09:00", required = true)
        String submittedAt,
    @Schema(description = "地方公共団体コード（検査数字付き6桁）", example = "131016", required = true)
        String municipalityCode,
    @Schema(required = true) ApplicantDocument applicant,
    @Schema(description = "手続ごとの項目（GET /api/v1/procedures/{code} の定義に従う）", required = true)
        Map<String, Object> form,
    List<AttachmentDocument> attachments) {

  @Schema(name = "Applicant", description = "申請者")
  public record ApplicantDocument(
      @Schema(example = "山田\u3000太郎") String name,
      @Schema(example = "ヤマダ\u3000タロウ") String nameKana,
      @Schema(example = "1985-04-01") String birthDate,
      @Schema(example = "男") String sex,
      @Schema(example = "100-0001") String postalCode,
      @Schema(example = "東京都千代田区千代田1-1") String address,
      @Schema(example = "0312345678") String phone,
      @Schema(example = "123456789018") String myNumber,
      @Schema(example = "本人") String relationship) {}

  @Schema(name = "Attachment", description = "添付ファイル（PDF・JPEG・PNG）")
  public record AttachmentDocument(
      @Schema(description = "定義の添付ファイル区分キー") String kind,
      @Schema(example = "photo.jpg") String name,
      @Schema(example = "image/jpeg") String mediaType,
      @Schema(description = "base64", format = "byte") String content) {}
}
