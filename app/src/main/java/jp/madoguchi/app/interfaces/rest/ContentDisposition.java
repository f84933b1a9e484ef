package jp.madoguchi.app.interfaces.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition for downloads, with the Japanese file name encoded per RFC 6266/5987. */
public final class ContentDisposition {

  private ContentDisposition() {}

  public static String attachment(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
