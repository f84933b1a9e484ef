package jp.madoguchi.forms.validation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.madoguchi.forms.catalog.AttachmentRequirement;

/**
 * Third pass: every required attachment (conditions evaluated against the form) must be answered by
 * an attachment whose kind is the requirement's key; a kind, when given, must be one of the
 * definition's; every attachment must be PDF, JPEG or PNG.
 */
final class AttachmentChecker {

  static final Set<String> MEDIA_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

  private final ValidationRun run;
  private final ConditionEvaluator conditions;

  AttachmentChecker(ValidationRun run) {
    this.run = run;
    this.conditions = new ConditionEvaluator(run);
  }

  void check(List<AttachmentRequirement> requirements, List<AttachmentRef> attachments) {
    List<AttachmentRef> given = attachments == null ? List.of() : attachments;
    for (int i = 0; i < given.size(); i++) {
      AttachmentRef ref = given.get(i);
      if (ref == null) {
        run.report("attachments[" + i + "]", "type", Messages.of("type", "添付ファイル"));
      } else if (ref.mediaType() == null || !MEDIA_TYPES.contains(mediaType(ref.mediaType()))) {
        String name = ref.name() == null ? String.valueOf(i + 1) : ref.name();
        run.report("attachments[" + i + "].mediaType", "mediaType", Messages.mediaType(name));
      }
      if (ref != null && ref.kind() != null && !isKind(requirements, ref.kind())) {
        run.report(
            "attachments[" + i + "].kind", "unknown", Messages.unknownAttachmentKind(ref.kind()));
      }
    }
    for (AttachmentRequirement requirement : requirements) {
      boolean answered =
          given.stream().filter(Objects::nonNull).anyMatch(a -> requirement.key().equals(a.kind()));
      if (!answered && !requirement.originalsToFollow() && required(requirement)) {
        run.report("attachments", "required", Messages.attachmentRequired(requirement.label()));
      }
    }
  }

  private static boolean isKind(List<AttachmentRequirement> requirements, String kind) {
    return requirements.stream().anyMatch(r -> r.key().equals(kind));
  }

  private boolean required(AttachmentRequirement requirement) {
    return requirement.required()
        || (requirement.requiredWhen() != null
            && conditions.test(requirement.requiredWhen(), run.form()));
  }

  private static String mediaType(String declared) {
    int parameters = declared.indexOf(';');
    return (parameters < 0 ? declared : declared.substring(0, parameters)).strip().toLowerCase();
  }
}
