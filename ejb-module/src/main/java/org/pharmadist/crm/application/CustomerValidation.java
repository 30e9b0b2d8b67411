package org.pharmadist.crm.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pharmadist.crm.domain.Address;
import org.pharmadist.crm.domain.ControlledSubstanceSchedule;
import org.pharmadist.crm.domain.CustomerType;
import org.pharmadist.crm.domain.DeaNumber;
import org.pharmadist.crm.domain.LicenseKind;
import org.pharmadist.crm.domain.TaxId;
import org.pharmadist.platform.errors.InvalidInputException;

/**
 * Checks customer, license and contact input, collecting one message per wrong field (field names as in the JSON
 * request, e.g. {@code taxId}, {@code billTo.state}, {@code licenses[0].number}) so every mistake is reported at once.
 */
final class CustomerValidation {

    /** Problem type of invalid customer input. */
    static final String INVALID_CUSTOMER = "invalid-customer";

    /** USPS state and territory codes (USPS Publication 28, Appendix B). */
    static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID",
            "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
            "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
            "WI", "WY", "PR", "VI", "GU", "AS", "MP");

    private CustomerValidation() {
    }

    /** Values checked and parsed. */
    record Valid(CustomerType type, String legalName, String taxId, Address billTo, Address shipTo, int paymentTermsDays,
            BigDecimal creditLimit, String priceList, String gpoMembership, int minShelfLifeDays) { }

    /** A license checked and parsed. */
    record ValidLicense(LicenseKind kind, String number, DeaNumber dea, String state,
            Set<ControlledSubstanceSchedule> schedules, LocalDate expiresOn) { }

    static Valid customer(CustomerRequest r, Map<String, String> errors) {
        if (r == null) {
            errors.put("legalName", "legalName is required");
            return null;
        }
        CustomerType type = parseEnum(CustomerType.class, r.type(), "type",
                "RETAIL_PHARMACY, HOSPITAL, CLINIC, LONG_TERM_CARE or DISTRIBUTOR", errors);
        String name = text(r.legalName(), "legalName", 200, true, errors);
        String taxId = null;
        if (r.taxId() == null || r.taxId().isBlank()) {
            errors.put("taxId", "taxId is required: the customer's US EIN, e.g. 12-3456789");
        } else {
            try {
                taxId = TaxId.normalise(r.taxId());
            } catch (IllegalArgumentException e) {
                errors.put("taxId", e.getMessage());
            }
        }
        Address billTo = address(r.billTo(), "billTo", true, errors);
        Address shipTo = r.shipTo() == null ? billTo : address(r.shipTo(), "shipTo", false, errors);
        int terms = r.paymentTermsDays() == null ? 30 : r.paymentTermsDays();
        if (terms < 0 || terms > 365) {
            errors.put("paymentTermsDays", "payment terms must be 0 to 365 days net (NET30 = 30)");
        }
        BigDecimal credit = r.creditLimit() == null ? BigDecimal.ZERO : r.creditLimit();
        if (credit.signum() < 0) {
            errors.put("creditLimit", "credit limit cannot be negative");
        } else if (credit.stripTrailingZeros().scale() > 2) {
            errors.put("creditLimit", "credit limit has at most 2 decimals (cents)");
        } else if (credit.precision() - credit.scale() > 17) {
            errors.put("creditLimit", "credit limit is too large");
        }
        String priceList = text(r.priceList(), "priceList", 60, false, errors);
        String gpo = text(r.gpoMembership(), "gpoMembership", 100, false, errors);
        int shelf = r.minShelfLifeDays() == null ? 0 : r.minShelfLifeDays();
        if (shelf < 0 || shelf > 3650) {
            errors.put("minShelfLifeDays", "minimum remaining shelf life must be 0 to 3650 days");
        }
        return new Valid(type, name, taxId, billTo, shipTo, terms,
                credit.signum() < 0 || credit.stripTrailingZeros().scale() > 2 ? BigDecimal.ZERO.setScale(2)
                        : credit.setScale(2), priceList, gpo, shelf);
    }

    static Address address(AddressData a, String field, boolean required, Map<String, String> errors) {
        if (a == null) {
            if (required) {
                errors.put(field + ".line1", field + " address is required (line1, city, state, postalCode)");
            }
            return null;
        }
        String line1 = text(a.line1(), field + ".line1", 200, true, errors);
        String line2 = text(a.line2(), field + ".line2", 200, false, errors);
        String city = text(a.city(), field + ".city", 100, true, errors);
        String state = state(a.state(), field + ".state", true, errors);
        String zip = a.postalCode() == null ? "" : a.postalCode().strip();
        if (!zip.matches("\\d{5}(-\\d{4})?")) {
            errors.put(field + ".postalCode", "ZIP code must be 5 digits or ZIP+4 (12345-6789)");
        }
        return new Address(line1, line2, city, state, zip);
    }

    static String state(String text, String field, boolean required, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.put(field, "state is required: a two-letter USPS code, e.g. OH");
            }
            return null;
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (!STATES.contains(s)) {
            errors.put(field, "'" + text.strip() + "' is not a USPS state code (e.g. OH, TX, CA)");
            return null;
        }
        return s;
    }

    static ValidLicense license(LicenseRequest l, String prefix, Map<String, String> errors) {
        if (l == null) {
            errors.put(prefix + "kind", "a license needs kind, number and expiresOn");
            return null;
        }
        LicenseKind kind = parseEnum(LicenseKind.class, l.kind(), prefix + "kind", "STATE_PHARMACY or DEA", errors);
        DeaNumber dea = null;
        String number = null;
        Set<ControlledSubstanceSchedule> schedules = Set.of();
        String state;
        if (kind == LicenseKind.DEA) {
            try {
                dea = DeaNumber.parse(l.number());
                number = dea.value();
            } catch (IllegalArgumentException e) {
                errors.put(prefix + "number", e.getMessage());
            }
            try {
                schedules = ControlledSubstanceSchedule.parseSet(l.schedules() == null ? null : String.join(" ", l.schedules()));
                if (schedules.isEmpty()) {
                    errors.put(prefix + "schedules", "a DEA registration covers at least one schedule: CII, CIIN, CIII, CIIIN, CIV, CV");
                }
            } catch (IllegalArgumentException e) {
                errors.put(prefix + "schedules", e.getMessage());
            }
            state = state(l.state(), prefix + "state", false, errors);
        } else {
            String n = l.number() == null ? "" : l.number().strip();
            if (n.isEmpty()) {
                errors.put(prefix + "number", "license number is required");
            } else if (!n.matches("[A-Za-z0-9][A-Za-z0-9./ -]{0,29}")) {
                errors.put(prefix + "number", "license number has 1 to 30 letters, digits, '-', '.', '/' or spaces");
            } else {
                number = n.toUpperCase(Locale.ROOT);
            }
            state = state(l.state(), prefix + "state", kind == LicenseKind.STATE_PHARMACY, errors);
        }
        LocalDate expires = date(l.expiresOn(), prefix + "expiresOn", true, errors);
        return new ValidLicense(kind, number, dea, state, schedules, expires);
    }

    static ContactRequest contact(ContactRequest c, String prefix, Map<String, String> errors) {
        if (c == null) {
            errors.put(prefix + "name", "a contact needs a name");
            return null;
        }
        String name = text(c.name(), prefix + "name", 200, true, errors);
        String title = text(c.jobTitle(), prefix + "jobTitle", 100, false, errors);
        String email = text(c.email(), prefix + "email", 254, false, errors);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put(prefix + "email", "'" + email + "' is not an e-mail address (name@example.com)");
        }
        String phone = text(c.phone(), prefix + "phone", 30, false, errors);
        if (phone != null && !phone.matches("[0-9+()., xX-]{7,30}")) {
            errors.put(prefix + "phone", "phone has digits, spaces and + ( ) - . x only, at least 7 characters");
        }
        return new ContactRequest(name, title, email, phone);
    }

    static LocalDate date(String text, String field, boolean required, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.put(field, field.substring(field.lastIndexOf('.') + 1) + " is required: a date yyyy-MM-dd");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "'" + text.strip() + "' is not a date; use yyyy-MM-dd, e.g. 2027-06-30");
            return null;
        }
    }

    static String text(String text, String field, int max, boolean required, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.put(field, field.substring(field.lastIndexOf('.') + 1) + " is required");
            }
            return null;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() > max) {
            errors.put(field, field.substring(field.lastIndexOf('.') + 1) + " is longer than " + max + " characters");
        }
        return t;
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String field, String accepted,
            Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, field.substring(field.lastIndexOf('.') + 1) + " is required: " + accepted);
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.put(field, "'" + text.strip() + "' is not accepted; use " + accepted);
            return null;
        }
    }

    /** Throws {@link InvalidInputException} {@value #INVALID_CUSTOMER} (or {@code type}) when there are errors. */
    static void reject(String type, Map<String, String> errors) {
        if (errors.isEmpty()) {
            return;
        }
        String summary = errors.size() == 1 ? errors.values().iterator().next()
                : errors.size() + " fields are invalid: " + String.join(", ", errors.keySet());
        throw new InvalidInputException(type, summary, errors);
    }

    static Map<String, String> errors() {
        return new LinkedHashMap<>();
    }

    static List<String> lines(Map<String, String> errors) {
        List<String> out = new ArrayList<>();
        errors.forEach((k, v) -> out.add(k + ": " + v));
        return out;
    }
}
