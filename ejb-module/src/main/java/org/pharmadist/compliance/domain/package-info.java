/**
 * Compliance domain: FDA drug recalls ({@link org.pharmadist.compliance.domain.Recall}, workflow OPEN -> IN_PROGRESS ->
 * CLOSED), customer notices and responses ({@link org.pharmadist.compliance.domain.RecallNotice}), and the pure
 * {@link org.pharmadist.compliance.domain.CodeInfoParser} that reads lot numbers and expiry dates out of a report's
 * free-text code_info (specific lots, all lots, or flagged unreadable).
 */
package org.pharmadist.compliance.domain;
