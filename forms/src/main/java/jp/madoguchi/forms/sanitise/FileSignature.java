package jp.madoguchi.forms.sanitise;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Magic bytes: the three accepted types, and the refused families recognised well enough to tell
 * the resident why (Office, archives, executables). Anything else is simply not accepted.
 */
enum FileSignature {
  PDF_FILE(AttachmentKind.PDF, 0, ascii("%PDF-")),
  JPEG_FILE(AttachmentKind.JPEG, 0, bytes(0xFF, 0xD8, 0xFF)),
  PNG_FILE(AttachmentKind.PNG, 0, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
  /** OLE2 compound file: .doc, .xls, .ppt, including their macro-enabled forms. */
  OLE2(Refusal.OFFICE, 0, bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)),
  /** OOXML (.docx, .xlsm, …) and plain ZIP archives look the same from the outside. */
  ZIP(Refusal.OFFICE_OR_ARCHIVE, 0, bytes('P', 'K', 0x03, 0x04)),
  ZIP_EMPTY(Refusal.OFFICE_OR_ARCHIVE, 0, bytes('P', 'K', 0x05, 0x06)),
  ZIP_SPANNED(Refusal.OFFICE_OR_ARCHIVE, 0, bytes('P', 'K', 0x07, 0x08)),
  RAR(Refusal.ARCHIVE, 0, bytes('R', 'a', 'r', '!', 0x1A, 0x07)),
  SEVEN_ZIP(Refusal.ARCHIVE, 0, bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C)),
  GZIP(Refusal.ARCHIVE, 0, bytes(0x1F, 0x8B)),
  BZIP2(Refusal.ARCHIVE, 0, ascii("BZh")),
  XZ(Refusal.ARCHIVE, 0, bytes(0xFD, '7', 'z', 'X', 'Z', 0x00)),
  TAR(Refusal.ARCHIVE, 257, ascii("ustar")),
  WINDOWS_EXECUTABLE(Refusal.EXECUTABLE, 0, ascii("MZ")),
  ELF(Refusal.EXECUTABLE, 0, bytes(0x7F, 'E', 'L', 'F')),
  MACH_O_32(Refusal.EXECUTABLE, 0, bytes(0xFE, 0xED, 0xFA, 0xCE)),
  MACH_O_64(Refusal.EXECUTABLE, 0, bytes(0xFE, 0xED, 0xFA, 0xCF)),
  MACH_O_32_LE(Refusal.EXECUTABLE, 0, bytes(0xCE, 0xFA, 0xED, 0xFE)),
  MACH_O_64_LE(Refusal.EXECUTABLE, 0, bytes(0xCF, 0xFA, 0xED, 0xFE)),
  /** Mach-O universal binary; Java class files share the magic and are refused alike. */
  MACH_O_UNIVERSAL(Refusal.EXECUTABLE, 0, bytes(0xCA, 0xFE, 0xBA, 0xBE)),
  SCRIPT(Refusal.EXECUTABLE, 0, ascii("#!"));

  private final AttachmentKind kind;
  private final Refusal refusal;
  private final int offset;
  private final byte[] magic;

  FileSignature(AttachmentKind kind, int offset, byte[] magic) {
    this(kind, null, offset, magic);
  }

  FileSignature(Refusal refusal, int offset, byte[] magic) {
    this(null, refusal, offset, magic);
  }

  FileSignature(AttachmentKind kind, Refusal refusal, int offset, byte[] magic) {
    this.kind = kind;
    this.refusal = refusal;
    this.offset = offset;
    this.magic = magic;
  }

  /** The accepted type the content starts like; refused with the family's reason otherwise. */
  static AttachmentKind kindOf(byte[] content) {
    if (content == null || content.length == 0) {
      throw new AttachmentRefusedException(Refusal.EMPTY);
    }
    FileSignature signature =
        find(content).orElseThrow(() -> new AttachmentRefusedException(Refusal.UNSUPPORTED_TYPE));
    if (signature.kind == null) {
      throw new AttachmentRefusedException(signature.refusal);
    }
    return signature.kind;
  }

  private static Optional<FileSignature> find(byte[] content) {
    return Arrays.stream(values()).filter(signature -> signature.matches(content)).findFirst();
  }

  private boolean matches(byte[] content) {
    int end = offset + magic.length;
    return content.length >= end && Arrays.equals(content, offset, end, magic, 0, magic.length);
  }

  private static byte[] ascii(String magic) {
    return magic.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] bytes(int... values) {
    byte[] magic = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      magic[i] = (byte) values[i];
    }
    return magic;
  }
}
