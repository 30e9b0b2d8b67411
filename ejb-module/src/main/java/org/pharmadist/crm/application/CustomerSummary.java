package org.pharmadist.crm.application;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A customer in lists.
 *
 * @param city            bill-to city
 * @param state           bill-to state
 * @param creditLimit     company currency, scale 2
 * @param nextLicenseExpiry earliest expiry date of its licenses (yyyy-MM-dd), null without licenses
 */
public record CustomerSummary(long id, String type, String legalName, String taxId, String city, String state,
        int paymentTermsDays, BigDecimal creditLimit, String nextLicenseExpiry) implements Serializable { }
