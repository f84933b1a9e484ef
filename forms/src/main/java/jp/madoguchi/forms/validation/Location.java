package jp.madoguchi.forms.validation;

/**
 * Where a value sits: its path as the client sent it ({@code form.children[0].birthDate}) and the
 * Japanese label used in messages ({@code 児童（1件目）の生年月日}).
 */
record Location(String path, String label) {

  static Location root(String path) {
    return new Location(path, "");
  }

  Location child(String key, String fieldLabel) {
    return new Location(path + "." + key, label.isEmpty() ? fieldLabel : label + "の" + fieldLabel);
  }

  Location item(int index) {
    return new Location(path + "[" + index + "]", label + "（" + (index + 1) + "件目）");
  }
}
