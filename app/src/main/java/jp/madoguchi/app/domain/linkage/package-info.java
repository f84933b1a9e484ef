/**
 * 基幹系連携: linkage routes per procedure (versioned), the deliveries of applications to core systems
 * (the transactional outbox), their attempts and the batches core-system jobs pull.
 */
package jp.madoguchi.app.domain.linkage;
