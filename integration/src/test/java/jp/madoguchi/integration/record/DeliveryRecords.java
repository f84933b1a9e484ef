package jp.madoguchi.integration.record;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/** Test data builder for delivery records: a CC-01 application with one child. */
public final class DeliveryRecords {

  private UUID deliveryId = UUID.fromString("0b5d3a4e-0000-4000-8000-000000000001");
  private String receiptNumber = "R2025-000123";
  private final ObjectNode applicant = JsonNodeFactory.instance.objectNode();
  private final ObjectNode form = JsonNodeFactory.instance.objectNode();

  private DeliveryRecords() {
    applicant.put("name", "山田　太郎");
    applicant.put("nameKana", "ヤマダ　タロウ");
    applicant.put("birthDate", "1985-06-15");
    applicant.put("postalCode", "1000001");
    applicant.put("address", "東京都千代田区千代田1-1");
    applicant.put("phone", "0312345678");
    applicant.put("myNumber", "123456789018");
    applicant.put("relationship", "本人");
    form.put("reasonDate", "2023-04-01");
    form.put("reason", "出生");
    form.put("hasSpouse", false);
    ObjectNode child = form.putArray("children").addObject();
    child.put("name", "山田　花子");
    child.put("nameKana", "ヤマダ　ハナコ");
    child.put("birthDate", "2023-04-01");
    form.put("monthlyRent", 85000);
  }

  public static DeliveryRecords cc01() {
    return new DeliveryRecords();
  }

  public DeliveryRecords deliveryId(UUID value) {
    deliveryId = value;
    return this;
  }

  public DeliveryRecords receiptNumber(String value) {
    receiptNumber = value;
    return this;
  }

  public DeliveryRecords applicant(String key, String value) {
    applicant.put(key, value);
    return this;
  }

  public DeliveryRecords form(String key, String value) {
    form.put(key, value);
    return this;
  }

  public DeliveryRecord build() {
    return new DeliveryRecord(
        deliveryId,
        receiptNumber,
        "CC-01",
        1,
        applicant,
        form,
        List.of(new AttachmentDigest("保険証.pdf", "application/pdf", "ab".repeat(32))));
  }
}
