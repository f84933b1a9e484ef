package jp.madoguchi.portal;

/** One attachment of a package: as the manifest declares it, with the bytes of its ZIP entry. */
public record PackageAttachment(String name, String kind, String mediaType, byte[] content) {}
