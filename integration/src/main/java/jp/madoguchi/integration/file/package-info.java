/**
 * Writing FILE_EXPORT files so that a core system never sees half a file and a delivery is never
 * written twice: a temp file in the target directory, fsync, an atomic no-replace publish, fsync of
 * the directory. File names come from the receipt number and the delivery id.
 */
package jp.madoguchi.integration.file;
