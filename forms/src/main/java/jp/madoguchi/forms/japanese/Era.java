package jp.madoguchi.forms.japanese;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The five modern 元号 with Madoguchi's own start dates (domain.md §5.8): 明治 starts 1868-01-25
 * (慶応4年1月1日, the change being retroactive), unlike java.time's JapaneseEra.
 */
public enum Era {
  MEIJI("明治", 'M', 1, LocalDate.of(1868, 1, 25)),
  TAISHO("大正", 'T', 2, LocalDate.of(1912, 7, 30)),
  SHOWA("昭和", 'S', 3, LocalDate.of(1926, 12, 25)),
  HEISEI("平成", 'H', 4, LocalDate.of(1989, 1, 8)),
  REIWA("令和", 'R', 5, LocalDate.of(2019, 5, 1));

  private final String kanji;
  private final char letter;
  private final int coreSystemCode;
  private final LocalDate start;

  Era(String kanji, char letter, int coreSystemCode, LocalDate start) {
    this.kanji = kanji;
    this.letter = letter;
    this.coreSystemCode = coreSystemCode;
    this.start = start;
  }

  public String kanji() {
    return kanji;
  }

  /** JIS X 0301 letter: M T S H R. */
  public char letter() {
    return letter;
  }

  /** 1 明治 … 5 令和, the common core-system convention. */
  public int coreSystemCode() {
    return coreSystemCode;
  }

  public LocalDate start() {
    return start;
  }

  /** The first day of the next era, or empty for the current one. */
  public Optional<LocalDate> end() {
    Era[] all = values();
    return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1].start) : Optional.empty();
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && end().map(date::isBefore).orElse(true);
  }

  /** Accepts the kanji name, its first character, or the letter (any case). */
  public static Optional<Era> fromName(String name) {
    for (Era era : values()) {
      if (era.kanji.equals(name)
          || era.kanji.substring(0, 1).equals(name)
          || String.valueOf(era.letter).equalsIgnoreCase(name)) {
        return Optional.of(era);
      }
    }
    return Optional.empty();
  }

  /** The era a date falls in; empty before 明治. */
  public static Optional<Era> of(LocalDate date) {
    for (int i = values().length - 1; i >= 0; i--) {
      if (!date.isBefore(values()[i].start)) {
        return Optional.of(values()[i]);
      }
    }
    return Optional.empty();
  }
}
