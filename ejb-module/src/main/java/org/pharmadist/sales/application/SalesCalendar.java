package org.pharmadist.sales.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.pharmadist.platform.config.PharmaDistSettings;

/**
 * The sales module's clock: now (UTC, microseconds as PostgreSQL keeps them) and today's business date in the company
 * time zone ({@link PharmaDistSettings#timeZone()}). Tests fix the clock and zone.
 */
@ApplicationScoped
public class SalesCalendar {

    @Inject
    PharmaDistSettings settings;

    private Clock clock = Clock.systemUTC();
    private ZoneId fixedZone;

    /** A calendar on a fixed clock and zone (tests). */
    public static SalesCalendar fixed(Clock clock, ZoneId zone) {
        SalesCalendar c = new SalesCalendar();
        c.clock = clock;
        c.fixedZone = zone;
        return c;
    }

    /** The company time zone. */
    public ZoneId zone() {
        return fixedZone != null ? fixedZone : settings.timeZone();
    }

    /** Now, truncated to microseconds. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today in the company time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }
}
