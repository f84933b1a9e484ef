/**
 * The Camel side of linkage: {@link jp.madoguchi.integration.engine.LinkageEngine} runs one route
 * per pushed pattern ({@link jp.madoguchi.integration.engine.FileExportRoute}, {@link
 * jp.madoguchi.integration.engine.DirectApiRoute}); each polls the {@link
 * jp.madoguchi.integration.port.DeliveryQueue} on a scheduler, performs the pattern through small
 * processors and reports the outcome. {@link jp.madoguchi.integration.engine.LinkageErrorPolicy} is
 * the one place that decides what a failure means. MANUAL and BATCH deliveries are not pushed:
 * clerks and batch jobs take them through the app.
 */
package jp.madoguchi.integration.engine;
