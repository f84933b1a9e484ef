package jp.madoguchi.forms.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An attachment the procedure asks for. An attachment answers it when its {@code kind} equals
 * {@code key}. {@code requiredWhen} conditions are evaluated against the form; {@code
 * originalsToFollow} marks paper originals the resident must still send (原本別送).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttachmentRequirement(
    String key,
    String label,
    boolean required,
    Condition requiredWhen,
    boolean originalsToFollow,
    String help) {}
