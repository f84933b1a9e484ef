package jp.madoguchi.app.interfaces.rest;

import jakarta.ws.rs.core.Response;

/** Files that carry personal data: never sniffed, never cached. */
public final class PersonalDataResponses {

  private PersonalDataResponses() {}

  public static Response inlinePdf(byte[] pdf, String fileName) {
    return file(pdf, "application/pdf", "inline; filename=\"" + fileName + "\"");
  }

  public static Response file(byte[] content, String mediaType, String disposition) {
    return Response.ok(content, mediaType)
        .header("Content-Disposition", disposition)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }
}
