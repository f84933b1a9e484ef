package jp.madoguchi.forms.validation;

/**
 * Where a value sits: its path as the client sent it ({@code form.children[0].birthDate}) and the
 * Japanese label used in messages ({@code 児童（1件目）の生年月日}). Also used by the PDF renderers to label
 * values the same way the validator names them.
 */
public record Location(String path, String label) {

  public static Location root(String path) {
    return new Location(path, "");
  }

  public Location child(String key, String fieldLabel) {
    return new Location(path + "." + key, label.isEmpty() ? fieldLabel : label + "の" + fieldLabel);
  }

  public Location item(int index) {
    return new Location(path + "[" + index + "]", label + "（" + (index + 1) + "件目）");
  }
}
