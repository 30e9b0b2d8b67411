package org.pharmadist.crm.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pharmadist.crm.domain.Activity;
import org.pharmadist.crm.domain.ActivityKind;
import org.pharmadist.crm.domain.CrmChanged;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.crm.domain.CustomerType;
import org.pharmadist.crm.domain.Lead;
import org.pharmadist.crm.domain.LeadStatus;
import org.pharmadist.crm.domain.Opportunity;
import org.pharmadist.crm.domain.OpportunityStage;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * Leads, opportunities and activities: create, change (optimistic locking on opportunities), convert a lead into a
 * customer (and a first opportunity), mark activities done. Audited (Envers); each change fires {@link CrmChanged}.
 */
@Stateless
public class PipelineService {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    @Inject
    PharmaDistSettings settings;

    @Resource
    EJBContext context;

    /**
     * Records a lead (permission crm:edit).
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-lead" naming each wrong field
     */
    @RequiresPermission(module = "crm", action = "edit")
    public LeadView createLead(LeadRequest request) {
        Map<String, String> errors = CustomerValidation.errors();
        if (request == null) {
            request = new LeadRequest(null, null, null, null, null, null);
        }
        String company = CustomerValidation.text(request.companyName(), "companyName", 200, true, errors);
        CustomerType type = request.type() == null || request.type().isBlank() ? null
                : CustomerValidation.parseEnum(CustomerType.class, request.type(), "type",
                        "RETAIL_PHARMACY, HOSPITAL, CLINIC, LONG_TERM_CARE or DISTRIBUTOR", errors);
        ContactRequest contact = CustomerValidation.contact(new ContactRequest(
                request.contactName() == null ? "-" : request.contactName(), null, request.email(), request.phone()), "", errors);
        errors.remove("name");
        String source = CustomerValidation.text(request.source(), "source", 100, false, errors);
        CustomerValidation.reject("invalid-lead", errors);
        Instant now = CustomerService.now();
        Lead lead = new Lead(company, type, request.contactName() == null ? null : contact.name(), contact.email(),
                contact.phone(), source, now);
        em.persist(lead);
        em.flush();
        events.fire(new CrmChanged("lead", lead.id(), "created", null, now));
        return LeadView.of(lead);
    }

    /**
     * One lead (permission crm:view).
     *
     * @throws RecordNotFoundException "lead-not-found"
     */
    @RequiresPermission(module = "crm", action = "view")
    public LeadView lead(long id) {
        return LeadView.of(findLead(id));
    }

    /**
     * Converts an OPEN lead into a customer (permission crm:edit), in one transaction: creates the customer (name and
     * type default to the lead's; the lead's contact becomes a contact), moves the lead's opportunities and activities
     * to the customer, and creates the optional first opportunity.
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-customer" / "invalid-opportunity" naming
     *         each wrong field (customer fields prefixed {@code customer.}, opportunity fields {@code opportunity.})
     * @throws RecordNotFoundException "lead-not-found"
     * @throws ConflictException       "lead-not-open" for a lead already converted or disqualified
     */
    @RequiresPermission(module = "crm", action = "edit")
    public LeadConverted convertLead(long leadId, LeadConversion conversion) {
        Lead lead = findLead(leadId);
        if (lead.status() != LeadStatus.OPEN) {
            throw new ConflictException("lead-not-open", "Lead " + leadId + " \"" + lead.companyName() + "\" is "
                    + lead.status() + (lead.customerId() == null ? "" : " (customer " + lead.customerId() + ")")
                    + "; only an OPEN lead can be converted.");
        }
        CustomerRequest c = conversion == null || conversion.customer() == null
                ? new CustomerRequest(null, null, null, null, null, null, null, null, null, null, null, null, null)
                : conversion.customer();
        List<ContactRequest> contacts = c.contacts() != null && !c.contacts().isEmpty() ? c.contacts()
                : lead.contactName() == null ? List.of()
                : List.of(new ContactRequest(lead.contactName(), null, lead.email(), lead.phone()));
        CustomerRequest full = new CustomerRequest(c.type() == null && lead.type() != null ? lead.type().name() : c.type(),
                c.legalName() == null ? lead.companyName() : c.legalName(), c.taxId(), c.billTo(), c.shipTo(),
                c.paymentTermsDays(), c.creditLimit(), c.priceList(), c.gpoMembership(), c.minShelfLifeDays(),
                c.licenses(), contacts, null);
        Map<String, String> errors = CustomerValidation.errors();
        Map<String, String> customerErrors = CustomerValidation.errors();
        CustomerValidation.Valid v = CustomerValidation.customer(full, customerErrors);
        List<CustomerValidation.ValidLicense> licenses = new ArrayList<>();
        if (full.licenses() != null) {
            for (int i = 0; i < full.licenses().size(); i++) {
                licenses.add(CustomerValidation.license(full.licenses().get(i), "licenses[" + i + "].", customerErrors));
            }
        }
        List<ContactRequest> validContacts = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            validContacts.add(CustomerValidation.contact(contacts.get(i), "contacts[" + i + "].", customerErrors));
        }
        customerErrors.forEach((k, m) -> errors.put("customer." + k, m));
        OpportunityRequest o = conversion == null ? null : conversion.opportunity();
        ValidOpportunity vo = null;
        if (o != null) {
            Map<String, String> oppErrors = CustomerValidation.errors();
            vo = validateOpportunity(o, oppErrors);
            oppErrors.forEach((k, m) -> errors.put("opportunity." + k, m));
        }
        CustomerValidation.reject(CustomerValidation.INVALID_CUSTOMER, errors);
        Instant now = CustomerService.now();
        CustomerRecords records = new CustomerRecords(em);
        List<DuplicateWarning> warnings = records.duplicates(v.taxId(), v.legalName(), null);
        Customer customer = records.persist(v, licenses, validContacts, now);
        lead.convertedInto(customer.id());
        for (Opportunity existing : em.createQuery("SELECT o FROM Opportunity o WHERE o.leadId = :l", Opportunity.class)
                .setParameter("l", leadId).getResultList()) {
            existing.assignToCustomer(customer.id());
        }
        for (Activity a : em.createQuery("SELECT a FROM Activity a WHERE a.leadId = :l", Activity.class)
                .setParameter("l", leadId).getResultList()) {
            a.assignToCustomer(customer.id());
        }
        Opportunity created = null;
        if (vo != null) {
            created = new Opportunity(vo.title(), customer.id(), leadId, now);
            created.update(vo.title(), vo.stage(), vo.amount(), vo.probability(), vo.expectedCloseOn());
            em.persist(created);
        }
        em.flush();
        events.fire(new CrmChanged("customer", customer.id(), "created", customer.id(), now));
        events.fire(new CrmChanged("lead", leadId, "converted", customer.id(), now));
        return new LeadConverted(LeadView.of(lead), CustomerDetail.of(customer, settings.currency().getCurrencyCode()),
                created == null ? null : view(created, customer.legalName()), warnings);
    }

    /** An opportunity checked and parsed. */
    record ValidOpportunity(String title, OpportunityStage stage, BigDecimal amount, Integer probability,
            LocalDate expectedCloseOn) { }

    static ValidOpportunity validateOpportunity(OpportunityRequest o, Map<String, String> errors) {
        String title = CustomerValidation.text(o.title(), "title", 200, true, errors);
        OpportunityStage stage = o.stage() == null || o.stage().isBlank() ? OpportunityStage.PROSPECTING
                : CustomerValidation.parseEnum(OpportunityStage.class, o.stage(), "stage",
                        "PROSPECTING, QUALIFICATION, PROPOSAL, NEGOTIATION, WON or LOST", errors);
        BigDecimal amount = o.amount() == null ? BigDecimal.ZERO : o.amount();
        if (amount.signum() < 0) {
            errors.put("amount", "amount cannot be negative");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.put("amount", "amount has at most 2 decimals (cents)");
        } else if (amount.precision() - amount.scale() > 17) {
            errors.put("amount", "amount is too large");
        }
        if (o.probability() != null && (o.probability() < 0 || o.probability() > 100)) {
            errors.put("probability", "probability must be a whole percent from 0 to 100 (or empty for the stage default)");
        }
        LocalDate close = CustomerValidation.date(o.expectedCloseOn(), "expectedCloseOn", false, errors);
        return new ValidOpportunity(title, stage, errors.containsKey("amount") ? BigDecimal.ZERO : amount.setScale(2),
                o.probability(), close);
    }

    /**
     * Creates an opportunity for a customer or a lead (permission crm:edit).
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-opportunity" naming each wrong field;
     *         {@code customerId} when neither or both of customerId/leadId are given or the one given does not exist
     */
    @RequiresPermission(module = "crm", action = "edit")
    public OpportunityView createOpportunity(OpportunityRequest request) {
        Map<String, String> errors = CustomerValidation.errors();
        if (request == null) {
            request = new OpportunityRequest(null, null, null, null, null, null, null, null);
        }
        ValidOpportunity v = validateOpportunity(request, errors);
        String account = account(request.customerId(), request.leadId(), errors);
        CustomerValidation.reject("invalid-opportunity", errors);
        Instant now = CustomerService.now();
        Opportunity o = new Opportunity(v.title(), request.customerId(), request.leadId(), now);
        o.update(v.title(), v.stage(), v.amount(), v.probability(), v.expectedCloseOn());
        em.persist(o);
        em.flush();
        events.fire(new CrmChanged("opportunity", o.id(), "created", o.customerId(), now));
        return view(o, account);
    }

    /**
     * Changes an opportunity: title, stage, amount, probability override, expected close (permission crm:edit).
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-opportunity" naming each wrong field
     * @throws RecordNotFoundException "opportunity-not-found"
     * @throws ConflictException       "changed-by-another-user" for a stale version
     */
    @RequiresPermission(module = "crm", action = "edit")
    public OpportunityView updateOpportunity(long id, OpportunityRequest request) {
        Opportunity o = findOpportunity(id);
        Map<String, String> errors = CustomerValidation.errors();
        if (request == null || request.version() == null) {
            errors.put("version", "version is required: send the version you read");
            request = request == null ? new OpportunityRequest(null, null, null, null, null, null, null, null) : request;
        }
        ValidOpportunity v = validateOpportunity(request, errors);
        CustomerValidation.reject("invalid-opportunity", errors);
        if (request.version() != o.version()) {
            throw staleOpportunity(o, request.version());
        }
        o.update(v.title(), v.stage(), v.amount(), v.probability(), v.expectedCloseOn());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw staleOpportunity(o, request.version());
        }
        events.fire(new CrmChanged("opportunity", o.id(), "updated", o.customerId(), CustomerService.now()));
        return view(o, account(o.customerId(), o.customerId() == null ? o.leadId() : null, CustomerValidation.errors()));
    }

    /**
     * One opportunity (permission crm:view).
     *
     * @throws RecordNotFoundException "opportunity-not-found"
     */
    @RequiresPermission(module = "crm", action = "view")
    public OpportunityView opportunity(long id) {
        Opportunity o = findOpportunity(id);
        return view(o, account(o.customerId(), o.customerId() == null ? o.leadId() : null, CustomerValidation.errors()));
    }

    /**
     * Records a call, visit, note or task (permission crm:edit).
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-activity" naming each wrong field
     *         ({@code customerId} when not exactly one of customer, lead, opportunity is given or it does not exist;
     *         {@code dueOn} required for a TASK)
     */
    @RequiresPermission(module = "crm", action = "edit")
    public ActivityView createActivity(ActivityRequest request) {
        Map<String, String> errors = CustomerValidation.errors();
        if (request == null) {
            request = new ActivityRequest(null, null, null, null, null, null, null);
        }
        ActivityKind kind = CustomerValidation.parseEnum(ActivityKind.class, request.kind(), "kind",
                "CALL, VISIT, NOTE or TASK", errors);
        String subject = CustomerValidation.text(request.subject(), "subject", 200, true, errors);
        String notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        if (notes != null && notes.length() > 4000) {
            errors.put("notes", "notes are longer than 4000 characters");
        }
        LocalDate due = CustomerValidation.date(request.dueOn(), "dueOn", kind == ActivityKind.TASK, errors);
        int targets = (request.customerId() == null ? 0 : 1) + (request.leadId() == null ? 0 : 1)
                + (request.opportunityId() == null ? 0 : 1);
        if (targets != 1) {
            errors.put("customerId", "an activity is about exactly one customer, lead or opportunity (customerId, leadId or opportunityId)");
        } else if (request.customerId() != null && em.find(Customer.class, request.customerId()) == null) {
            errors.put("customerId", "no customer with id " + request.customerId());
        } else if (request.leadId() != null && em.find(Lead.class, request.leadId()) == null) {
            errors.put("leadId", "no lead with id " + request.leadId());
        } else if (request.opportunityId() != null && em.find(Opportunity.class, request.opportunityId()) == null) {
            errors.put("opportunityId", "no opportunity with id " + request.opportunityId());
        }
        CustomerValidation.reject("invalid-activity", errors);
        Instant now = CustomerService.now();
        Long customerId = request.customerId();
        if (customerId == null && request.opportunityId() != null) {
            customerId = em.find(Opportunity.class, request.opportunityId()).customerId();
        }
        Activity a = new Activity(kind, subject, notes, due, customerId, request.leadId(), request.opportunityId(),
                caller(), now);
        em.persist(a);
        em.flush();
        events.fire(new CrmChanged("activity", a.id(), "created", customerId, now));
        return ActivityView.of(a, today());
    }

    /**
     * Marks an activity done or open again (permission crm:edit).
     *
     * @throws RecordNotFoundException "activity-not-found"
     */
    @RequiresPermission(module = "crm", action = "edit")
    public ActivityView setActivityDone(long id, boolean done) {
        Activity a = em.find(Activity.class, id);
        if (a == null) {
            throw new RecordNotFoundException("activity-not-found", "No activity with id " + id);
        }
        a.markDone(done);
        em.flush();
        events.fire(new CrmChanged("activity", id, "updated", a.customerId(), CustomerService.now()));
        return ActivityView.of(a, today());
    }

    /** The customer's or lead's name; records a field error when it does not exist or not exactly one is given. */
    private String account(Long customerId, Long leadId, Map<String, String> errors) {
        if ((customerId == null) == (leadId == null)) {
            errors.put("customerId", "an opportunity belongs to exactly one customer (customerId) or lead (leadId)");
            return null;
        }
        if (customerId != null) {
            Customer c = em.find(Customer.class, customerId);
            if (c == null) {
                errors.put("customerId", "no customer with id " + customerId);
                return null;
            }
            return c.legalName();
        }
        Lead l = em.find(Lead.class, leadId);
        if (l == null) {
            errors.put("leadId", "no lead with id " + leadId);
            return null;
        }
        return l.companyName();
    }

    static OpportunityView view(Opportunity o, String account) {
        return new OpportunityView(o.id(), o.title(), o.customerId(), o.leadId(), account, o.stage().name(), o.amount(),
                o.probability(), o.probabilityOverridden(), o.expectedValue(), o.expectedCloseOn(), o.version());
    }

    private Lead findLead(long id) {
        Lead l = em.find(Lead.class, id);
        if (l == null) {
            throw new RecordNotFoundException("lead-not-found", "No lead with id " + id);
        }
        return l;
    }

    private Opportunity findOpportunity(long id) {
        Opportunity o = em.find(Opportunity.class, id);
        if (o == null) {
            throw new RecordNotFoundException("opportunity-not-found", "No opportunity with id " + id);
        }
        return o;
    }

    private BusinessException staleOpportunity(Opportunity o, long staleVersion) {
        return new ConflictException(CustomerService.CHANGED_BY_ANOTHER_USER, "Opportunity " + o.id() + " \"" + o.title()
                + "\" was changed by another user after you opened it (your version " + staleVersion
                + ", current version " + o.version() + "). Your changes were not saved: reload it and apply them again.");
    }

    private LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }

    private String caller() {
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
