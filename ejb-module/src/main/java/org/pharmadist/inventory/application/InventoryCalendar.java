package org.pharmadist.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.pharmadist.platform.config.PharmaDistSettings;

/**
 * Today's business date for the sellable rule and reports: the date in the company time zone
 * ({@link PharmaDistSettings#timeZone()}), from a {@link Clock} that tests fix.
 */
@ApplicationScoped
public class InventoryCalendar {

    @Inject
    PharmaDistSettings settings;

    private Clock clock = Clock.systemUTC();
    private ZoneId fixedZone;

    /** A calendar on a fixed clock and zone (tests, jobs replaying a date). */
    public static InventoryCalendar fixed(Clock clock, ZoneId zone) {
        InventoryCalendar c = new InventoryCalendar();
        c.clock = clock;
        c.fixedZone = zone;
        return c;
    }

    /** The company time zone. */
    public ZoneId zone() {
        return fixedZone != null ? fixedZone : settings.timeZone();
    }

    /** Today in the company time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    /** The current instant (UTC). */
    public Instant now() {
        return clock.instant();
    }
}
