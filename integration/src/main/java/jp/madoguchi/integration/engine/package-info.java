/**
 * The Camel side of linkage: {@link jp.madoguchi.integration.engine.LinkageEngine} adds one route
 * per pushed pattern to the application's one CamelContext ({@link
 * jp.madoguchi.integration.engine.FileExportRoute}, {@link
 * jp.madoguchi.integration.engine.DirectApiRoute}); each polls the {@link
 * jp.madoguchi.integration.port.DeliveryQueue} on a scheduler and hands every claimed delivery to a
 * {@code direct:} attempt route of named steps (start, render, write or SFTP upload, outcome).
 * {@link jp.madoguchi.integration.engine.LinkageErrorPolicy} is the one place that decides what a
 * failure means. MANUAL and BATCH deliveries are not pushed: clerks and batch jobs take them
 * through the app.
 */
package jp.madoguchi.integration.engine;
