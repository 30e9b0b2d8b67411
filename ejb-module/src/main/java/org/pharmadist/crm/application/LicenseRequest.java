package org.pharmadist.crm.application;

import java.io.Serializable;
import java.util.List;

/**
 * A license to record for a customer.
 *
 * @param kind      STATE_PHARMACY or DEA
 * @param number    state license number (1-30 letters, digits, '-', '.', '/'), or the DEA number (2 letters + 7 digits
 *                  with a valid check digit, e.g. AB1234563)
 * @param state     USPS state code: issuing state of a state license (required), state of a DEA registration (optional)
 * @param schedules DEA only: CII, CIIN, CIII, CIIIN, CIV, CV (at least one)
 * @param expiresOn expiry date, ISO 8601 {@code yyyy-MM-dd}
 */
public record LicenseRequest(String kind, String number, String state, List<String> schedules, String expiresOn)
        implements Serializable { }
