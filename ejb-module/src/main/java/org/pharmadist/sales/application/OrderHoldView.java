package org.pharmadist.sales.application;

import java.time.Instant;

/**
 * A hold on an order or one of its lines.
 *
 * @param id             hold id (for release/reject)
 * @param lineNo         the held line's number, or null for the whole order
 * @param kind           CREDIT, LICENSE, DEA_SCHEDULE, SUSPICIOUS_ORDER
 * @param reason         why it was raised
 * @param status         OPEN, RELEASED, REJECTED
 * @param raisedAt       when (UTC)
 * @param raisedBy       user, "credit-check" or the gate that raised it
 * @param decidedBy      who released or rejected it, or null
 * @param decidedAt      when, or null
 * @param decisionReason the reason given, or null
 * @param permission     permission needed to decide it, e.g. "sales:credit-release"
 */
public record OrderHoldView(long id, Integer lineNo, String kind, String reason, String status, Instant raisedAt,
        String raisedBy, String decidedBy, Instant decidedAt, String decisionReason, String permission) { }
