/**
 * Japanese value objects and validators (My Number, 法人番号, 地方公共団体コード, 介護保険 numbers, postal codes,
 * phone numbers, 全角カナ names, 全銀 kana, 和暦 dates, 年齢計算). Each validates in its factory and throws
 * {@link jp.madoguchi.forms.japanese.InvalidValueException} carrying a stable code; the exception
 * never contains the rejected value.
 */
package jp.madoguchi.forms.japanese;
