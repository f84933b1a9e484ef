package jp.madoguchi.forms.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import jp.madoguchi.forms.japanese.InvalidValueException;
import jp.madoguchi.forms.japanese.ZenginKana;

/**
 * The account in {@code account} (a BANK block) must be in the name of the person whose kana name
 * is at {@code holder} (児童手当: the 請求者), compared as 全銀 kana ignoring spaces. Skipped when the
 * 公金受取口座 is used.
 */
final class AccountHolderRule implements Rule {

  @Override
  public String name() {
    return "accountHolder";
  }

  @Override
  public List<String> requiredParams() {
    return List.of("account", "holder");
  }

  @Override
  public void check(JsonNode params, RuleContext context) {
    String account = params.path("account").asText();
    if (context.value(account + ".usePublicFundAccount").asBoolean(false)) {
      return;
    }
    String holderPath = account + ".holderKana";
    JsonNode holderKana = context.value(holderPath);
    JsonNode personKana = context.value(params.path("holder").asText());
    if (!holderKana.isTextual() || !personKana.isTextual()) {
      return;
    }
    if (!squeeze(holderKana.asText()).equals(squeeze(zengin(personKana.asText())))) {
      context.report(holderPath, context.label(holderPath) + "は申請者本人の名義にしてください");
    }
  }

  private static String zengin(String kana) {
    try {
      return ZenginKana.parse(kana).value();
    } catch (InvalidValueException e) {
      return kana;
    }
  }

  private static String squeeze(String text) {
    return text.replace(" ", "");
  }
}
