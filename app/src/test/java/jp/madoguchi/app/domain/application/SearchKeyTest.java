package jp.madoguchi.app.domain.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeyTest {

  @ParameterizedTest
  @CsvSource({
    "山田　太郎, 山田太郎",
    "山田 太郎, 山田太郎",
    "'  山田太郎 ', 山田太郎",
    "ヤマダ　タロウ, ヤマダタロウ",
    "やまだ たろう, ヤマダタロウ",
    "ﾔﾏﾀﾞ ﾀﾛｳ, ヤマダタロウ",
    "髙橋, 高橋",
    "山﨑, 山崎",
    "渡邊, 渡辺",
    "渡邉, 渡辺",
    "齋藤, 斎藤",
    "齊藤, 斎藤",
    "斉藤, 斎藤",
    "ＹＡＭＡＤＡ　Ｔａｒｏ, yamadataro",
    "ＡＢＣ－１２３, abc-123"
  })
  void foldsWhatClerksTypeAndWhatWasStoredAlike(String typed, String key) {
    assertThat(SearchKey.of(typed)).isEqualTo(key);
  }

  @Test
  void aNameOutsideTheBasicPlaneIsFoldedToo() {
    assertThat(SearchKey.of("\uD842\uDFB7野")).isEqualTo("吉野");
  }

  @Test
  void nothingStaysNothing() {
    assertThat(SearchKey.of(null)).isNull();
    assertThat(SearchKey.of(" 　")).isEmpty();
  }

  @Test
  void theClerksViewIsTheOpenWorkWithoutTheStatesWaitingForTheResident() {
    assertThat(ApplicationStatus.RETURNED_FOR_CORRECTION.isOpen()).isTrue();
    assertThat(ApplicationStatus.RETURNED_FOR_CORRECTION.isClerksWork()).isFalse();
    for (ApplicationStatus status : ApplicationStatus.values()) {
      if (status.isClerksWork()) {
        assertThat(status.isOpen()).as(status.name()).isTrue();
      }
    }
  }
}
