package jp.madoguchi.app.application.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64TextTest {

  /** What intake did before: strip white space, then the JDK's decoder; null when refused. */
  private static byte[] jdk(String text) {
    try {
      return Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "QQ==",
        "QQ=",
        "QQ",
        "Q",
        "QUI=",
        "QUI",
        "QUJD",
        "QQ==QQ==",
        "QQ=x",
        "QU JD\nRA==",
        "QUJD=",
        "QUJDR",
        "QU*D",
        "QUJDRA==\n",
        "QQ===",
        "=QQ",
        "QR==",
        "QUJDRAé",
        "QUJD\t\r\n",
        "QUJDRA=",
        "QUJDRA==QUJD",
        "=",
        "==",
        "QUJDRA=\n=",
        "QUJ-",
        "QUJ_",
        "あいうえ"
      })
  void decodesAndRefusesExactlyAsTheJdkDecoderAfterStrippingWhiteSpace(String text) {
    assertThat(Base64Text.decode(text)).isEqualTo(jdk(text));
  }

  @Test
  void agreesWithTheJdkDecoderOnRandomShortTexts() {
    Random random = new Random(3);
    String alphabet = "QUJDRA=\n +/a9-";
    for (int k = 0; k < 50_000; k++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(13); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(Base64Text.decode(text.toString()))
          .as(text.toString())
          .isEqualTo(jdk(text.toString()));
    }
  }

  @Test
  void decodesAMegabyteWithLineBreaks() {
    byte[] file = new byte[1_000_003];
    new Random(5).nextBytes(file);

    assertThat(Base64Text.decode(Base64.getMimeEncoder().encodeToString(file))).isEqualTo(file);
    assertThat(Base64Text.decode(Base64.getEncoder().encodeToString(file))).isEqualTo(file);
  }
}
