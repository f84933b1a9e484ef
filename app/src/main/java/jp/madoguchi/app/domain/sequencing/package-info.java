/**
 * 採番: the status feed's positions and the access log's chain, given after commit by one sequencer
 * round at a time (docs/sequencing.md): the numbering rule, the store the rounds run against, and
 * the note that a thread wrote something still to be sequenced.
 */
package jp.madoguchi.app.domain.sequencing;
