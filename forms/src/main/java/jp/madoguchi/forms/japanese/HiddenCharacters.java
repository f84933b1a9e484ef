package jp.madoguchi.forms.japanese;

import java.util.Optional;

/**
 * Characters that hide, reorder or break text on screen and on paper: control characters, the
 * bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), the
 * zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and surrogates without their pair. Names,
 * kana and addresses must not contain any of them; free text may keep line breaks and tabs.
 */
public final class HiddenCharacters {

  /** A control character (C0, DEL, C1). */
  public static final String CONTROL = "controlCharacter";

  /** A bidirectional formatting or zero-width character. */
  public static final String INVISIBLE = "invisibleCharacter";

  /** A high or low surrogate without its pair: not a character at all. */
  public static final String LONE_SURROGATE = "invalidCharacter";

  private HiddenCharacters() {}

  /**
   * The first problem in {@code text}, as one of {@link #CONTROL}, {@link #INVISIBLE} or {@link
   * #LONE_SURROGATE}; empty when the text is clean.
   *
   * @param lineBreaksAllowed whether CR, LF and TAB are allowed (free text) or not (a single line)
   */
  public static Optional<String> problem(String text, boolean lineBreaksAllowed) {
    if (hasLoneSurrogate(text)) {
      return Optional.of(LONE_SURROGATE);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c) && !(lineBreaksAllowed && isLineBreakOrTab(c))) {
        return Optional.of(CONTROL);
      }
      if (isInvisible(c)) {
        return Optional.of(INVISIBLE);
      }
    }
    return Optional.empty();
  }

  /** True when a high surrogate is not followed by a low one, or a low one not preceded. */
  public static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  static boolean isInvisible(char c) {
    return (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C
        || (c >= 0x200B && c <= 0x200D)
        || c == 0x2060
        || c == 0xFEFF;
  }

  private static boolean isLineBreakOrTab(char c) {
    return c == '\r' || c == '\n' || c == '\t';
  }
}
