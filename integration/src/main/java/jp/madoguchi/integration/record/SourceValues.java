package jp.madoguchi.integration.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.integration.config.ColumnSource;

/**
 * Reads a column's value out of a delivery record. Missing and null values are empty; booleans are
 * {@code 1}/{@code 0}; an array of scalars (a multi-choice field) is joined with 、.
 */
final class SourceValues {

  private SourceValues() {}

  static Optional<String> resolve(DeliveryRecord record, ColumnSource source, String columnName) {
    switch (source.root()) {
      case "receiptNumber":
        return Optional.of(record.receiptNumber());
      case "procedureCode":
        return Optional.of(record.procedureCode());
      case "definitionVersion":
        return Optional.of(String.valueOf(record.definitionVersion()));
      case "deliveryId":
        return Optional.of(record.deliveryId().toString());
      default:
        JsonNode node =
            switch (source.root()) {
              case "applicant" -> record.applicantNode();
              case ColumnSource.DAMAGE_ROOT -> record.damageNode();
              default -> record.formNode();
            };
        for (ColumnSource.Segment segment : source.segments()) {
          node = node.path(segment.key());
          if (segment.index() != null) {
            node = node.path(segment.index());
          }
        }
        return scalar(node, columnName);
    }
  }

  private static Optional<String> scalar(JsonNode node, String columnName) {
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (node.isBoolean()) {
      return Optional.of(node.booleanValue() ? "1" : "0");
    }
    if (node.isValueNode()) {
      return Optional.of(node.asText());
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : node) {
        scalar(item, columnName).ifPresent(items::add);
      }
      return Optional.of(String.join("、", items));
    }
    throw new RecordRenderingException(
        "column " + columnName + " refers to an object, not a value");
  }
}
