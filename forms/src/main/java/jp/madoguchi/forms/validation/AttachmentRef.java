package jp.madoguchi.forms.validation;

/**
 * What the validator needs to know of one attachment: the requirement it answers ({@code kind}, the
 * attachment key of the definition; may be null), its file name and media type.
 */
public record AttachmentRef(String kind, String name, String mediaType) {}
