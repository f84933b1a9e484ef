package jp.madoguchi.app.domain.application;

/** Encrypts 個人番号 for storage and reveals it again for the few who may see it. */
public interface MyNumberProtector {

  EncryptedMyNumber protect(String twelveDigits);

  String reveal(EncryptedMyNumber encrypted);

  /** Whether the key is the published demo key (refused outside demo mode). */
  boolean usesDemoKey();
}
