/**
 * 採番の実行: the sequencer that numbers the status feed and chains the access log after commit, on
 * request (read your writes) and by a periodic sweep (docs/sequencing.md).
 */
package jp.madoguchi.app.application.sequencing;
