package org.pharmadist.sales.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour at minute 5 marks SENT quotations whose valid-until day has ended (company time zone) EXPIRED.
 * Housekeeping: accepting an overdue quotation is refused whether or not this has run.
 */
@Singleton
public class QuotationExpiryJob {

    private static final Logger LOG = Logger.getLogger(QuotationExpiryJob.class.getName());

    @EJB
    QuotationService quotations;

    @Schedule(hour = "*", minute = "5", persistent = false)
    void expire() {
        try {
            int n = quotations.expireOverdue();
            if (n > 0) {
                LOG.info("Quotation expiry: " + n + " quotation(s) marked EXPIRED");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Quotation expiry job failed", e);
        }
    }
}
