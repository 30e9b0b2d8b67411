package org.pharmadist.inventory.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a day (00:15 in the server's zone; the business date is taken in the company time zone) marks lots past their
 * expiry date EXPIRED. Housekeeping for screens and reports: the sellable rule never depends on it having run.
 */
@Singleton
public class LotExpiryJob {

    private static final Logger LOG = Logger.getLogger(LotExpiryJob.class.getName());

    @EJB
    LotStatusService lots;

    @Inject
    InventoryCalendar calendar;

    @Schedule(hour = "0", minute = "15", persistent = false)
    void expireLots() {
        try {
            int n = lots.expireLots(calendar.today());
            LOG.info("Lot expiry: " + n + " lot(s) marked EXPIRED");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Lot expiry job failed; the sellable rule still refuses expired lots", e);
        }
    }
}
