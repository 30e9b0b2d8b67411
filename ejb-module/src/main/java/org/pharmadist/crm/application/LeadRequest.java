package org.pharmadist.crm.application;

import java.io.Serializable;

/**
 * A lead to record.
 *
 * @param companyName prospective customer's name (required, at most 200 characters)
 * @param type        expected customer type (optional): RETAIL_PHARMACY, HOSPITAL, CLINIC, LONG_TERM_CARE, DISTRIBUTOR
 * @param contactName person to talk to (optional)
 * @param email       optional e-mail
 * @param phone       optional phone
 * @param source      where the lead came from, e.g. "trade show", "referral" (optional)
 */
public record LeadRequest(String companyName, String type, String contactName, String email, String phone,
        String source) implements Serializable { }
