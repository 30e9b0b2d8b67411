package org.pharmadist.procurement.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;
import org.pharmadist.procurement.domain.ProcurementDocumentChanged;
import org.pharmadist.procurement.domain.Supplier;
import org.pharmadist.procurement.domain.SupplierData;
import org.pharmadist.procurement.infrastructure.ProcurementRepository;

/** Supplier maintenance (procurement:order) and lookup (procurement:view), on the primary database. */
@Stateless
public class SupplierService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");
    private static final Pattern DEA = Pattern.compile("[A-Z]{2}\\d{7}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    @Resource
    SessionContext context;

    /**
     * Creates a supplier.
     *
     * @throws InvalidInputException naming the field for a missing or malformed value
     * @throws ConflictException     "supplier-code-taken" when the code exists
     */
    @RequiresPermission(module = "procurement", action = "order")
    public SupplierView create(SupplierRequest request) {
        if (request == null) {
            throw new InvalidInputException("missing-body", "code", "give the supplier");
        }
        String code = Inputs.required(request.code(), "code", "supplier code").toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("invalid-code", "code", "supplier code '" + code
                    + "' must be 1 to 20 letters, digits or hyphens, starting with a letter or digit");
        }
        ProcurementRepository repo = new ProcurementRepository(em);
        if (repo.supplierExists(code)) {
            throw new ConflictException("supplier-code-taken", "supplier code " + code + " is already in use");
        }
        Instant now = Instant.now();
        Supplier s = new Supplier(code, data(request), now);
        em.persist(s);
        Callers.flush(em, "supplier " + code);
        events.fire(new ProcurementDocumentChanged("supplier", code, "created", now));
        return SupplierView.of(s);
    }

    /**
     * Changes a supplier (all values but the code).
     *
     * @throws ConflictException "changed-by-another-user" when {@code request.version()} is not the current one
     */
    @RequiresPermission(module = "procurement", action = "order")
    public SupplierView update(String code, SupplierRequest request) {
        if (request == null) {
            throw new InvalidInputException("missing-body", "name", "give the supplier");
        }
        Supplier s = new ProcurementRepository(em).supplier(code);
        if (request.version() == null) {
            throw new InvalidInputException("missing-version", "version", "give the version you read (optimistic locking)");
        }
        Callers.checkVersion(request.version(), s.version(), "supplier " + s.code());
        Instant now = Instant.now();
        s.apply(data(request), now);
        Callers.flush(em, "supplier " + s.code());
        events.fire(new ProcurementDocumentChanged("supplier", s.code(), "changed", now));
        return SupplierView.of(s);
    }

    /** @throws org.pharmadist.platform.errors.RecordNotFoundException "supplier-not-found" */
    @RequiresPermission(module = "procurement", action = "view")
    public SupplierView byCode(String code) {
        return SupplierView.of(new ProcurementRepository(em).supplier(code));
    }

    static SupplierData data(SupplierRequest r) {
        String name = Inputs.required(r.name(), "name", "supplier name");
        if (name.length() > 200) {
            throw new InvalidInputException("invalid-name", "name", "name has more than 200 characters");
        }
        String state = upper(Inputs.optional(r.state(), "state", 2));
        if (state != null && !STATE.matcher(state).matches()) {
            throw new InvalidInputException("invalid-state", "state", "state must be a two-letter USPS code, e.g. NJ");
        }
        String zip = Inputs.optional(r.postalCode(), "postalCode", 10);
        if (zip != null && !ZIP.matcher(zip).matches()) {
            throw new InvalidInputException("invalid-postalCode", "postalCode", "ZIP code must be 5 digits or ZIP+4 (12345-6789)");
        }
        String country = upper(Inputs.optional(r.country(), "country", 2));
        if (country == null) {
            country = "US";
        } else if (!Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(country)) {
            throw new InvalidInputException("invalid-country", "country", "country '" + country + "' is not an ISO 3166 code (e.g. US)");
        }
        String email = Inputs.optional(r.contactEmail(), "contactEmail", 200);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("invalid-contactEmail", "contactEmail", "'" + email + "' is not an e-mail address");
        }
        String currency = upper(Inputs.optional(r.currency(), "currency", 3));
        if (currency == null) {
            currency = "USD";
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid-currency", "currency", "currency '" + currency + "' is not an ISO 4217 code");
        }
        String dea = upper(Inputs.optional(r.deaRegistrationNumber(), "deaRegistrationNumber", 9));
        if (dea != null && !DEA.matcher(dea).matches()) {
            throw new InvalidInputException("invalid-deaRegistrationNumber", "deaRegistrationNumber",
                    "a DEA registration number is 2 letters and 7 digits (21 CFR 1301), e.g. RP1234563");
        }
        return new SupplierData(name, Inputs.optional(r.addressLine(), "addressLine", 200),
                Inputs.optional(r.city(), "city", 100), state, zip, country,
                Inputs.optional(r.contactName(), "contactName", 200), email,
                Inputs.optional(r.contactPhone(), "contactPhone", 40),
                Inputs.intBetween(r.paymentTermsDays(), "paymentTermsDays", 0, 365),
                Inputs.intBetween(r.leadTimeDays(), "leadTimeDays", 0, 365), currency,
                r.active() == null || r.active(), Inputs.optional(r.stateLicenseNumber(), "stateLicenseNumber", 40), dea);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
