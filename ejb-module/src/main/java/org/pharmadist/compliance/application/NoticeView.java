package org.pharmadist.compliance.application;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A recall notice to one customer and its response.
 *
 * @param status           SENT or RESPONDED
 * @param returnedQuantity what the customer returned (scale 3), null until it responded
 * @param returnedUnit     its unit (ASC X12), null until it responded
 */
public record NoticeView(long id, long recallId, String recallNumber, long customerId, String customerName,
        String status, Instant notifiedAt, String notifiedBy, String response, BigDecimal returnedQuantity,
        String returnedUnit, Instant respondedAt, String respondedBy, long version) { }
