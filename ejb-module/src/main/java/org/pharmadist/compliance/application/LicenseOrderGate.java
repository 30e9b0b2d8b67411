package org.pharmadist.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.sales.application.SaleEligibility;
import org.pharmadist.sales.application.SalesCalendar;
import org.pharmadist.sales.application.SalesOrderGate;
import org.pharmadist.sales.domain.HoldKind;

/**
 * The license and DEA schedule rules ({@link LicenseGate}) applied to sales orders: at confirmation, when a line is
 * added to a confirmed order and before a shipment, every line the customer may not buy on that day (company time
 * zone) is held: kind LICENSE for the state pharmacy license rules, DEA_SCHEDULE for the DEA registration rules, the
 * reason naming the rule, the license and the product. A held line is neither allocated nor shipped until a user
 * releases the hold (after the customer's license was renewed) or rejects it.
 */
@ApplicationScoped
public class LicenseOrderGate implements SalesOrderGate {

    @Inject
    SaleEligibility eligibility;

    @Inject
    SalesCalendar calendar;

    /** The gate on explicit collaborators, for callers outside a container (persistence tests). */
    public static LicenseOrderGate using(SaleEligibility eligibility, SalesCalendar calendar) {
        LicenseOrderGate g = new LicenseOrderGate();
        g.eligibility = eligibility;
        g.calendar = calendar;
        return g;
    }

    @Override
    public List<Hold> check(OrderContext order) {
        LocalDate day = calendar.today();
        List<Hold> holds = new ArrayList<>();
        for (LineContext line : order.lines()) {
            eligibility.refusal(order.customerId(), line.productId(), order.shipToState(), day).ifPresent(r ->
                    holds.add(new Hold(kindOf(r.code()), line.lineId(), fit("Line " + line.lineNo() + ": " + r.message()
                            + " (" + r.rule() + ")"))));
        }
        return holds;
    }

    /** Hold reasons are kept up to 1,000 characters. */
    private static String fit(String reason) {
        return reason.length() <= 1000 ? reason : reason.substring(0, 997) + "...";
    }

    /** DEA_SCHEDULE for the DEA registration and schedule codes, LICENSE for the state license codes. */
    static HoldKind kindOf(String code) {
        return code.startsWith("dea-") || code.startsWith("schedule-") ? HoldKind.DEA_SCHEDULE : HoldKind.LICENSE;
    }
}
