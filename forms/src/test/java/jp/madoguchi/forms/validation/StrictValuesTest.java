package jp.madoguchi.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.DoubleNode;
import org.junit.jupiter.api.Test;

/** Values the definition cannot hold are refused as violations, never as exceptions. */
class StrictValuesTest {

  @Test
  void infiniteNumberInAnIntegerFieldIsAViolationNotAnException() {
    assertThat(
            TestApplication.validSample("DIS-01")
                .set("form.copies", DoubleNode.valueOf(Double.POSITIVE_INFINITY))
                .validate()
                .violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("form.copies", "integer"));
  }

  @Test
  void attachmentKindTheDefinitionDoesNotHaveIsRefused() {
    assertThat(
            TestApplication.validSample("DIS-01")
                .attachments(
                    new AttachmentRef("damagePhoto", "photo.jpg", "image/jpeg"),
                    new AttachmentRef("passport", "passport.pdf", "application/pdf"))
                .validate()
                .violations())
        .containsExactly(
            new Violation("attachments[1].kind", "unknown", "添付ファイルの区分「passport」はこの手続にありません"));
  }

  @Test
  void attachmentWithoutAKindIsStillAccepted() {
    assertThat(
            TestApplication.validSample("DIS-01")
                .attachments(
                    new AttachmentRef("damagePhoto", "photo.jpg", "image/jpeg"),
                    new AttachmentRef(null, "extra.pdf", "application/pdf"))
                .validate()
                .isValid())
        .isTrue();
  }
}
