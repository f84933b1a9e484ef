/**
 * Use cases, one package per feature (intake, workflow, accounts, portal, mynumber, linkage); here
 * only what they share: the error types clients see, start-up producers and the operating mode, and
 * {@link jp.madoguchi.app.application.LinkageTrigger}, what intake and workflow ask of linkage.
 */
package jp.madoguchi.app.application;
