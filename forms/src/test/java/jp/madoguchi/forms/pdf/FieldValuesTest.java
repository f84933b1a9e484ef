package jp.madoguchi.forms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.catalog.FieldType;
import jp.madoguchi.forms.catalog.Option;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private static FieldDefinition field(FieldType type, Option... options) {
    return new FieldDefinition("k", "項目", type, false, null, null, List.of(options), null, null);
  }

  private static String format(FieldType type, JsonNode value) {
    return FieldValues.format(field(type), value);
  }

  @Test
  void missingValueIsADash() {
    assertThat(format(FieldType.TEXT, null)).isEqualTo("—");
  }

  @Test
  void yenHasThousandsSeparatorsAndEn() {
    assertThat(format(FieldType.YEN, JSON.numberNode(1234567L))).isEqualTo("1,234,567円");
  }

  @Test
  void yearMonthIsFollowedByItsWareki() {
    assertThat(format(FieldType.YEAR_MONTH, JSON.textNode("2019-05"))).isEqualTo("2019-05（令和元年5月）");
  }

  @Test
  void dateBeforeTheGregorianCalendarIsShownAsStored() {
    assertThat(format(FieldType.DATE, JSON.textNode("1870-01-01"))).isEqualTo("1870-01-01");
  }

  @Test
  void postalCodeGetsItsHyphen() {
    assertThat(format(FieldType.POSTAL, JSON.textNode("1000001"))).isEqualTo("100-0001");
  }

  @Test
  void multiShowsOptionLabelsJoined() {
    FieldDefinition multi = field(FieldType.MULTI, new Option("a", "歩行器"), new Option("b", "単点杖"));

    assertThat(FieldValues.format(multi, JSON.arrayNode().add("a").add("b"))).isEqualTo("歩行器、単点杖");
  }

  @Test
  void myNumberInAnyNotationShowsAtMostItsLastFourDigits() {
    for (String value : List.of("123456789018", "1234-5678-9018", "１２３４５６７８９０１８", "********9018")) {
      assertThat(format(FieldType.MY_NUMBER, JSON.textNode(value))).isEqualTo("********9018");
    }
  }
}
