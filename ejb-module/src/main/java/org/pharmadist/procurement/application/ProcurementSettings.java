package org.pharmadist.procurement.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.procurement.domain.ThreeWayMatch;

/**
 * Procurement settings read through MicroProfile Config:
 * <ul>
 *   <li>{@value #PRICE_TOLERANCE} (env {@code PHARMADIST_PROCUREMENT_MATCH_PRICE_TOLERANCE_PERCENT}), default 0.5:
 *       how far an invoiced unit price may differ from the ordered unit cost, in percent;</li>
 *   <li>{@value #QUANTITY_TOLERANCE} (env {@code PHARMADIST_PROCUREMENT_MATCH_QUANTITY_TOLERANCE_PERCENT}),
 *       default 0: how far invoiced quantities may exceed received/ordered quantities, in percent.</li>
 * </ul>
 * A value that is not a non-negative decimal is logged at SEVERE and the default is used.
 */
@ApplicationScoped
public class ProcurementSettings {

    private static final Logger LOG = Logger.getLogger(ProcurementSettings.class.getName());

    public static final String PRICE_TOLERANCE = "pharmadist.procurement.match.price-tolerance-percent";
    public static final String QUANTITY_TOLERANCE = "pharmadist.procurement.match.quantity-tolerance-percent";
    static final String DEFAULT_PRICE_TOLERANCE = "0.5";
    static final String DEFAULT_QUANTITY_TOLERANCE = "0";

    @Inject
    Config config;

    @Inject
    PharmaDistSettings platform;

    private ThreeWayMatch match;
    private ZoneId zone;

    /** Settings with fixed values (persistence tests, no container). */
    public static ProcurementSettings fixed(String pricePercent, String quantityPercent, ZoneId zone) {
        ProcurementSettings s = new ProcurementSettings();
        s.match = new ThreeWayMatch(new BigDecimal(pricePercent), new BigDecimal(quantityPercent));
        s.zone = zone;
        return s;
    }

    @PostConstruct
    void read() {
        match = new ThreeWayMatch(tolerance(PRICE_TOLERANCE, DEFAULT_PRICE_TOLERANCE),
                tolerance(QUANTITY_TOLERANCE, DEFAULT_QUANTITY_TOLERANCE));
        LOG.info("setting " + PRICE_TOLERANCE + " = " + match.pricePercent() + ", " + QUANTITY_TOLERANCE + " = "
                + match.quantityPercent());
    }

    private BigDecimal tolerance(String name, String fallback) {
        String text = config.getOptionalValue(name, String.class).orElse(fallback);
        try {
            BigDecimal v = new BigDecimal(text.strip());
            if (v.signum() >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.severe("Configuration error: " + name + " '" + text + "' is not a non-negative percentage; using " + fallback);
        return new BigDecimal(fallback);
    }

    /** The three-way match rules with the configured tolerances. */
    public ThreeWayMatch threeWayMatch() {
        return match;
    }

    /** Company time zone (business dates: order dates, document-number years). */
    public ZoneId timeZone() {
        return zone != null ? zone : platform.timeZone();
    }
}
