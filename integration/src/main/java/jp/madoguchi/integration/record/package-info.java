/**
 * What a core system receives for one delivery: the {@link
 * jp.madoguchi.integration.record.DeliveryRecord} and its rendering as a CSV or fixed-length record
 * in CP932 or UTF-8 (domain.md §6): characters mapped to ones windows-31j encodes, 外字 replaced by 〓
 * and reported, spreadsheet formulas neutralised, dates in ISO or 和暦, kana in half-width when a
 * column asks for it.
 */
package jp.madoguchi.integration.record;
