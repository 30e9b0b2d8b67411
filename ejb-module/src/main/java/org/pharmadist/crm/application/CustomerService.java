package org.pharmadist.crm.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.crm.domain.CustomerContact;
import org.pharmadist.crm.domain.CustomerLicense;
import org.pharmadist.crm.domain.CrmChanged;
import org.pharmadist.crm.domain.LicenseKind;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * Customers, their contacts and licenses: create (with duplicate warnings), change (optimistic locking), read on the
 * primary database so a user sees their own changes at once. Every change is audited (Envers) and fires
 * {@link CrmChanged}.
 *
 * <p>Duplicates are warned about, not refused: a customer with the same tax id, or with the same name after
 * {@link org.pharmadist.crm.domain.CustomerNames#normalise normalisation}, is named in a {@link DuplicateWarning}.
 * Retried creates are made safe by the REST {@code Idempotency-Key} header (platform), not here.
 */
@Stateless
public class CustomerService {

    /** Problem type of a stale version. */
    public static final String CHANGED_BY_ANOTHER_USER = "changed-by-another-user";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    @Inject
    PharmaDistSettings settings;

    @Resource
    EJBContext context;

    @Inject
    org.pharmadist.platform.audit.AuditTrailService auditTrail;

    /**
     * Creates a customer with its optional licenses and contacts (permission crm:edit), in one transaction.
     *
     * @return the customer as saved and duplicate warnings naming existing customers with the same tax id or name
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-customer" naming every wrong field (e.g.
     *         {@code taxId}, {@code billTo.postalCode}, {@code licenses[0].number} for a DEA number with a wrong check digit)
     */
    @RequiresPermission(module = "crm", action = "edit")
    public CustomerCreated create(CustomerRequest request) {
        Map<String, String> errors = CustomerValidation.errors();
        CustomerValidation.Valid v = CustomerValidation.customer(request, errors);
        List<CustomerValidation.ValidLicense> licenses = new ArrayList<>();
        List<ContactRequest> contacts = new ArrayList<>();
        if (request != null && request.licenses() != null) {
            for (int i = 0; i < request.licenses().size(); i++) {
                licenses.add(CustomerValidation.license(request.licenses().get(i), "licenses[" + i + "].", errors));
            }
        }
        if (request != null && request.contacts() != null) {
            for (int i = 0; i < request.contacts().size(); i++) {
                contacts.add(CustomerValidation.contact(request.contacts().get(i), "contacts[" + i + "].", errors));
            }
        }
        CustomerValidation.reject(CustomerValidation.INVALID_CUSTOMER, errors);
        Instant now = now();
        List<DuplicateWarning> warnings = new CustomerRecords(em).duplicates(v.taxId(), v.legalName(), null);
        Customer customer = new CustomerRecords(em).persist(v, licenses, contacts, now);
        events.fire(new CrmChanged("customer", customer.id(), "created", customer.id(), now));
        return new CustomerCreated(CustomerDetail.of(customer, currency()), warnings);
    }

    /**
     * Changes a customer's profile and terms (permission crm:edit).
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-customer" naming each wrong field
     *         (version missing included)
     * @throws RecordNotFoundException "customer-not-found"
     * @throws ConflictException       "changed-by-another-user" when the customer's version is not {@code request.version()}
     */
    @RequiresPermission(module = "crm", action = "edit")
    public CustomerCreated update(long id, CustomerRequest request) {
        Customer customer = find(id);
        Map<String, String> errors = CustomerValidation.errors();
        if (request == null || request.version() == null) {
            errors.put("version", "version is required: send the version you read");
        }
        CustomerValidation.Valid v = CustomerValidation.customer(request, errors);
        CustomerValidation.reject(CustomerValidation.INVALID_CUSTOMER, errors);
        if (request.version() != customer.version()) {
            throw changedByAnotherUser(customer, request.version());
        }
        Instant now = now();
        List<DuplicateWarning> warnings = new CustomerRecords(em).duplicates(v.taxId(), v.legalName(), customer.id());
        customer.update(v.type(), v.legalName(), v.taxId(), v.billTo(), v.shipTo(), v.paymentTermsDays(),
                v.creditLimit(), v.priceList(), v.gpoMembership(), v.minShelfLifeDays(), now);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw changedByAnotherUser(customer, request.version());
        }
        events.fire(new CrmChanged("customer", customer.id(), "updated", customer.id(), now));
        return new CustomerCreated(CustomerDetail.of(customer, currency()), warnings);
    }

    /**
     * One customer (permission crm:view).
     *
     * @throws RecordNotFoundException "customer-not-found"
     */
    @RequiresPermission(module = "crm", action = "view")
    public CustomerDetail get(long id) {
        return CustomerDetail.of(find(id), currency());
    }

    /**
     * Who changed the customer's profile and terms, when, old and new values, oldest first (permission crm:view).
     *
     * @throws RecordNotFoundException "customer-not-found"
     */
    @RequiresPermission(module = "crm", action = "view")
    public List<org.pharmadist.platform.audit.RecordRevision> history(long id) {
        return auditTrail.history(Customer.class, find(id).id());
    }

    /** Contacts of a customer, by name (permission crm:view). */
    @RequiresPermission(module = "crm", action = "view")
    public List<ContactView> contacts(long customerId) {
        find(customerId);
        return em.createQuery("SELECT c FROM CustomerContact c WHERE c.customerId = :id ORDER BY c.name, c.id",
                CustomerContact.class).setParameter("id", customerId).getResultList().stream().map(ContactView::of).toList();
    }

    /**
     * Adds a contact (permission crm:edit).
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-contact" naming each wrong field
     * @throws RecordNotFoundException "customer-not-found"
     */
    @RequiresPermission(module = "crm", action = "edit")
    public ContactView addContact(long customerId, ContactRequest request) {
        Customer customer = find(customerId);
        Map<String, String> errors = CustomerValidation.errors();
        ContactRequest c = CustomerValidation.contact(request, "", errors);
        CustomerValidation.reject("invalid-contact", errors);
        Instant now = now();
        CustomerContact contact = new CustomerContact(customerId, c.name(), c.jobTitle(), c.email(), c.phone());
        em.persist(contact);
        customer.touch(now);
        em.flush();
        events.fire(new CrmChanged("contact", contact.id(), "created", customerId, now));
        return ContactView.of(contact);
    }

    /** Licenses of a customer with days to expiry in the company time zone, soonest expiry first (crm:view). */
    @RequiresPermission(module = "crm", action = "view")
    public List<LicenseView> licenses(long customerId) {
        find(customerId);
        return licensesOf(customerId);
    }

    List<LicenseView> licensesOf(long customerId) {
        LocalDate today = today();
        return em.createQuery("SELECT l FROM CustomerLicense l WHERE l.customerId = :id ORDER BY l.expiresOn, l.id",
                CustomerLicense.class).setParameter("id", customerId).getResultList().stream()
                .map(l -> LicenseView.of(l, today)).toList();
    }

    /**
     * Records a license (permission crm:edit): a state pharmacy license or a DEA registration whose number must pass
     * the DEA format and check digit.
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-license" naming each wrong field
     *         ({@code number}, {@code schedules}, {@code state}, {@code expiresOn}, {@code kind})
     * @throws RecordNotFoundException "customer-not-found"
     */
    @RequiresPermission(module = "crm", action = "edit")
    public LicenseView addLicense(long customerId, LicenseRequest request) {
        Customer customer = find(customerId);
        Map<String, String> errors = CustomerValidation.errors();
        CustomerValidation.ValidLicense l = CustomerValidation.license(request, "", errors);
        CustomerValidation.reject("invalid-license", errors);
        Instant now = now();
        CustomerLicense license = CustomerRecords.toLicense(customerId, l);
        em.persist(license);
        customer.touch(now);
        em.flush();
        events.fire(new CrmChanged("license", license.id(), "created", customerId, now));
        return LicenseView.of(license, today());
    }

    Customer find(long id) {
        Customer c = em.find(Customer.class, id);
        if (c == null) {
            throw new RecordNotFoundException("customer-not-found", "No customer with id " + id);
        }
        return c;
    }

    LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }

    String currency() {
        return settings.currency().getCurrencyCode();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
    }

    private ConflictException changedByAnotherUser(Customer customer, long staleVersion) {
        String who;
        try {
            who = lastChange(customer.id());
        } catch (RuntimeException e) {
            who = ""; // the transaction may be unusable after a lost race; the refusal matters, not the name
        }
        return new ConflictException(CHANGED_BY_ANOTHER_USER, "Customer " + customer.id() + " \"" + customer.legalName()
                + "\" was changed by another user" + who + " after you opened it (your version " + staleVersion
                + ", current version " + customer.version() + "). Your changes were not saved: reload the customer, "
                + "apply them again and save.");
    }

    private String lastChange(long customerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> last = em.createNativeQuery("SELECT r.changed_by, r.changed_at FROM audit_revision r "
                + "WHERE r.id = (SELECT max(rev) FROM crm_customer_aud WHERE id = ?1)")
                .setParameter(1, customerId).getResultList();
        if (last.isEmpty()) {
            return "";
        }
        Object at = last.get(0)[1];
        Instant when = at instanceof Instant i ? i : at instanceof OffsetDateTime o ? o.toInstant()
                : at instanceof java.sql.Timestamp t ? t.toInstant() : null;
        return " (" + last.get(0)[0] + (when == null ? "" : " at " + WHEN.format(when.truncatedTo(ChronoUnit.SECONDS))) + ")";
    }

    String caller() {
        try {
            Principal p = context == null ? null : context.getCallerPrincipal();
            String name = p == null ? null : p.getName();
            return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name)
                    || "UNAUTHENTICATED".equals(name) ? "system" : name;
        } catch (IllegalStateException e) {
            return "system";
        }
    }
}
