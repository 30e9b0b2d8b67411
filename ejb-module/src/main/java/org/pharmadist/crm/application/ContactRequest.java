package org.pharmadist.crm.application;

import java.io.Serializable;

/**
 * A contact person to record for a customer.
 *
 * @param name     full name (required, at most 200 characters)
 * @param jobTitle e.g. "Pharmacist in charge", "Buyer" (optional)
 * @param email    e-mail address (optional; must contain one '@' with text on both sides)
 * @param phone    phone number as written, digits, spaces, +, -, (, ), . and "x" for the extension (optional)
 */
public record ContactRequest(String name, String jobTitle, String email, String phone) implements Serializable { }
