package org.pharmadist.crm.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.pharmadist.crm.domain.CustomerLicense;

/**
 * A license as shown.
 *
 * @param daysToExpiry days from today (company time zone) to {@code expiresOn}; negative once expired
 * @param status       "VALID", "EXPIRING" (within {@value #EXPIRING_DAYS} days) or "EXPIRED"
 */
public record LicenseView(long id, String kind, String number, String state, List<String> schedules,
        LocalDate expiresOn, long daysToExpiry, String status) implements Serializable {

    /** Days before expiry from which a license is flagged EXPIRING. */
    public static final int EXPIRING_DAYS = 60;

    static LicenseView of(CustomerLicense l, LocalDate today) {
        long days = l.daysToExpiry(today);
        return new LicenseView(l.id(), l.kind().name(), l.number(), l.state(),
                l.schedules().stream().map(Enum::name).toList(), l.expiresOn(), days,
                days < 0 ? "EXPIRED" : days <= EXPIRING_DAYS ? "EXPIRING" : "VALID");
    }

    /** Schedules separated by spaces, for screens. */
    public String schedulesText() {
        return String.join(" ", schedules);
    }
}
