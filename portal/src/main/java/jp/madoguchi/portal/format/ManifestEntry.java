package jp.madoguchi.portal.format;

/** One attachment as the signed form lists it: its name, kind, type, size and SHA-256 (hex). */
public record ManifestEntry(String name, String kind, String mediaType, long size, String sha256) {}
