package org.pharmadist.compliance.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pharmadist.catalog.domain.DeaSchedule;
import org.pharmadist.crm.domain.ControlledSubstanceSchedule;
import org.pharmadist.crm.domain.LicenseKind;

/**
 * The license rules for selling one product to one customer on one business day (company time zone); the same
 * rule set gates quotations, order confirmations and shipments.
 *
 * <ol>
 *   <li>Schedule I products are not sold through distribution at all (21 U.S.C. 823(g); research registrations
 *       only): code {@code schedule-i-not-sellable}.</li>
 *   <li>A prescription product needs a state pharmacy license valid on the day, for the ship-to state when the
 *       customer has one (DSCSA "authorized trading partner", 21 U.S.C. 360eee(2) and 360eee-1(c)(3); state
 *       pharmacy practice acts): codes {@code state-license-missing}, {@code state-license-expired},
 *       {@code state-license-wrong-state}.</li>
 *   <li>A scheduled product (CII-CV) needs a DEA registration valid on the day that covers the product's schedule
 *       (21 CFR 1301.13 and 1301.74(a)): codes {@code dea-registration-missing}, {@code dea-registration-expired},
 *       {@code dea-schedule-not-covered}. The catalog does not tell narcotic from non-narcotic substances, so a
 *       registration for 2N or 3N only does not cover a CII or CIII product.</li>
 * </ol>
 * A license is valid through its expiry date inclusive.
 */
public final class SaleAuthorization {

    private SaleAuthorization() {
    }

    /**
     * The product as the rules see it.
     *
     * @param label        what the refusal names, e.g. "NDC 00409-1234-01 Hydromorphone 2 mg/mL"
     * @param prescription true for Rx products
     * @param schedule     DEA schedule, or null for non-controlled products
     */
    public record ProductClass(String label, boolean prescription, DeaSchedule schedule) { }

    /**
     * A license the customer holds.
     *
     * @param kind      state pharmacy license or DEA registration
     * @param number    license or registration number
     * @param state     two-letter state of a state license; null for DEA
     * @param schedules schedules a DEA registration covers; empty for state licenses
     * @param expiresOn last valid day
     */
    public record HeldLicense(LicenseKind kind, String number, String state, Set<ControlledSubstanceSchedule> schedules,
            LocalDate expiresOn) { }

    /**
     * Checks the rules in the order above and returns the first refusal.
     *
     * @param customer    customer name for messages
     * @param product     the product sold
     * @param licenses    every license the customer holds (any kind, any state, expired ones too)
     * @param shipToState two-letter state the goods go to, or null when unknown (then any state's license counts)
     * @param day         the business day of the step (quotation, confirmation or shipment), company time zone
     * @return empty when the sale is allowed
     */
    public static Optional<LicenseRefusal> check(String customer, ProductClass product, List<HeldLicense> licenses,
            String shipToState, LocalDate day) {
        DeaSchedule schedule = product.schedule();
        if (schedule == DeaSchedule.CI) {
            return refuse("schedule-i-not-sellable", "21 U.S.C. 823(g): Schedule I substances are not distributed for dispensing",
                    product.label() + " is a Schedule I substance and cannot be sold to " + customer);
        }
        if (product.prescription() || schedule != null) {
            Optional<LicenseRefusal> state = checkStateLicense(customer, product, licenses, shipToState, day);
            if (state.isPresent()) {
                return state;
            }
        }
        if (schedule != null) {
            return checkDea(customer, product, schedule, licenses, day);
        }
        return Optional.empty();
    }

    private static Optional<LicenseRefusal> checkStateLicense(String customer, ProductClass product, List<HeldLicense> licenses,
            String shipToState, LocalDate day) {
        String rule = "DSCSA 21 U.S.C. 360eee-1(c)(3) and state law: prescription drugs go only to a customer licensed in the ship-to state";
        List<HeldLicense> state = licenses.stream().filter(l -> l.kind() == LicenseKind.STATE_PHARMACY).toList();
        if (state.isEmpty()) {
            return refuse("state-license-missing", rule, customer + " has no state pharmacy license on file; "
                    + product.label() + " is a prescription product");
        }
        String wanted = shipToState == null || shipToState.isBlank() ? null : shipToState.strip().toUpperCase(Locale.ROOT);
        List<HeldLicense> forState = wanted == null ? state
                : state.stream().filter(l -> l.state() != null && wanted.equalsIgnoreCase(l.state().strip())).toList();
        if (forState.isEmpty()) {
            return refuse("state-license-wrong-state", rule, customer + " holds no state pharmacy license for " + wanted
                    + " (the ship-to state); licenses on file: " + String.join(", ", state.stream()
                            .map(l -> l.state() + " " + l.number()).toList()));
        }
        if (forState.stream().noneMatch(l -> valid(l, day))) {
            HeldLicense latest = forState.stream().max(Comparator.comparing(HeldLicense::expiresOn)).orElseThrow();
            return refuse("state-license-expired", rule, "the state pharmacy license " + latest.number() + " (" + latest.state()
                    + ") of " + customer + " expired on " + latest.expiresOn() + "; " + product.label() + " cannot be sold on " + day);
        }
        return Optional.empty();
    }

    private static Optional<LicenseRefusal> checkDea(String customer, ProductClass product, DeaSchedule schedule,
            List<HeldLicense> licenses, LocalDate day) {
        String rule = "21 CFR 1301.74(a) and 1301.13: controlled substances go only to a registrant whose DEA registration"
                + " is valid and covers the schedule";
        List<HeldLicense> dea = licenses.stream().filter(l -> l.kind() == LicenseKind.DEA).toList();
        if (dea.isEmpty()) {
            return refuse("dea-registration-missing", rule, customer + " has no DEA registration on file; " + product.label()
                    + " is Schedule " + schedule.name().substring(1));
        }
        List<HeldLicense> current = dea.stream().filter(l -> valid(l, day)).toList();
        if (current.isEmpty()) {
            HeldLicense latest = dea.stream().max(Comparator.comparing(HeldLicense::expiresOn)).orElseThrow();
            return refuse("dea-registration-expired", rule, "the DEA registration " + latest.number() + " of " + customer
                    + " expired on " + latest.expiresOn() + "; " + product.label() + " (Schedule " + schedule.name().substring(1)
                    + ") cannot be sold on " + day);
        }
        ControlledSubstanceSchedule needed = covering(schedule);
        if (current.stream().noneMatch(l -> l.schedules().contains(needed))) {
            HeldLicense reg = current.get(0);
            return refuse("dea-schedule-not-covered", rule, "the DEA registration " + reg.number() + " of " + customer
                    + " covers " + (reg.schedules().isEmpty() ? "no schedule" : String.join(" ", reg.schedules().stream()
                            .sorted().map(Enum::name).toList())) + ", not " + needed.name() + "; " + product.label()
                    + " is Schedule " + schedule.name().substring(1));
        }
        return Optional.empty();
    }

    /** The registration schedule that covers a product of the given schedule (narcotic class, the stricter one). */
    static ControlledSubstanceSchedule covering(DeaSchedule schedule) {
        return switch (schedule) {
            case CII -> ControlledSubstanceSchedule.CII;
            case CIII -> ControlledSubstanceSchedule.CIII;
            case CIV -> ControlledSubstanceSchedule.CIV;
            case CV -> ControlledSubstanceSchedule.CV;
            case CI -> throw new IllegalArgumentException("Schedule I is never covered");
        };
    }

    private static boolean valid(HeldLicense l, LocalDate day) {
        return l.expiresOn() != null && !l.expiresOn().isBefore(day);
    }

    private static Optional<LicenseRefusal> refuse(String code, String rule, String message) {
        return Optional.of(new LicenseRefusal(code, rule, message));
    }
}
