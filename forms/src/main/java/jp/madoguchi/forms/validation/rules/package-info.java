/**
 * Named cross-field rules that definitions refer to ({@code "rules": [{"name": …, "params": …}]}):
 * one small class per rule, looked up by name in {@link
 * jp.madoguchi.forms.validation.rules.RuleRegistry}. Each reports violations whose code is its
 * name.
 */
package jp.madoguchi.forms.validation.rules;
