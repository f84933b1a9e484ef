package jp.madoguchi.app.domain.account;

/** Remembers recently verified credentials; forgotten whenever accounts or roles change. */
public interface CredentialCache {

  void forgetAll();
}
