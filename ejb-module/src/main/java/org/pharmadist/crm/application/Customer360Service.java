package org.pharmadist.crm.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pharmadist.crm.domain.Activity;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.crm.domain.CustomerContact;
import org.pharmadist.crm.domain.CustomerLicense;
import org.pharmadist.crm.domain.Opportunity;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * The customer 360 view (permission crm:view), read on the primary database so it shows the caller's own changes at
 * once. Sections of other modules come from {@link CustomerSummaryContributor} beans; where none contributes an
 * expected section, the view says so instead of showing figures.
 */
@Stateless
public class Customer360Service {

    private static final Logger LOG = Logger.getLogger(Customer360Service.class.getName());

    /** Most activities shown (open first, then newest). */
    static final int MAX_ACTIVITIES = 50;

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    PharmaDistSettings settings;

    @Inject
    Instance<CustomerSummaryContributor> contributors;

    /**
     * The 360 view of one customer.
     *
     * @throws RecordNotFoundException "customer-not-found"
     */
    @RequiresPermission(module = "crm", action = "view")
    public Customer360 view(long customerId) {
        Customer c = em.find(Customer.class, customerId);
        if (c == null) {
            throw new RecordNotFoundException("customer-not-found", "No customer with id " + customerId);
        }
        LocalDate today = LocalDate.now(settings.timeZone());
        List<LicenseView> licenses = em.createQuery("SELECT l FROM CustomerLicense l WHERE l.customerId = :id "
                + "ORDER BY l.expiresOn, l.id", CustomerLicense.class).setParameter("id", customerId).getResultList()
                .stream().map(l -> LicenseView.of(l, today)).toList();
        List<ContactView> contacts = em.createQuery("SELECT x FROM CustomerContact x WHERE x.customerId = :id "
                + "ORDER BY x.name, x.id", CustomerContact.class).setParameter("id", customerId).getResultList()
                .stream().map(ContactView::of).toList();
        List<OpportunityView> opportunities = em.createQuery("SELECT o FROM Opportunity o WHERE o.customerId = :id "
                + "AND o.stage NOT IN :closed ORDER BY o.expectedCloseOn, o.id", Opportunity.class)
                .setParameter("id", customerId)
                .setParameter("closed", List.of(org.pharmadist.crm.domain.OpportunityStage.WON,
                        org.pharmadist.crm.domain.OpportunityStage.LOST)).getResultList().stream()
                .map(o -> PipelineService.view(o, c.legalName())).toList();
        List<ActivityView> activities = em.createQuery("SELECT a FROM Activity a WHERE a.customerId = :id "
                + "ORDER BY a.done, a.dueOn NULLS LAST, a.createdAt DESC, a.id DESC", Activity.class)
                .setParameter("id", customerId).setMaxResults(MAX_ACTIVITIES).getResultList().stream()
                .map(a -> ActivityView.of(a, today)).toList();
        return new Customer360(CustomerDetail.of(c, settings.currency().getCurrencyCode()), licenses, contacts,
                opportunities, activities, sections(customerId, contributors));
    }

    static List<CustomerSummarySection> sections(long customerId, Iterable<CustomerSummaryContributor> contributors) {
        Map<String, CustomerSummarySection> byName = new LinkedHashMap<>();
        CustomerSummarySection.EXPECTED.forEach(s -> byName.put(s.name(), s));
        List<CustomerSummarySection> extra = new ArrayList<>();
        if (contributors != null) {
            for (CustomerSummaryContributor contributor : contributors) {
                try {
                    for (CustomerSummarySection s : contributor.summarize(customerId)) {
                        if (byName.containsKey(s.name())) {
                            byName.put(s.name(), s);
                        } else {
                            extra.add(s);
                        }
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Customer 360 contributor " + contributor.getClass().getName() + " failed", e);
                    for (String name : contributor.sections()) {
                        byName.put(name, new CustomerSummarySection(name, name, List.of(),
                                "Not available right now (" + contributor.getClass().getSimpleName() + " failed).", null));
                    }
                }
            }
        }
        List<CustomerSummarySection> out = new ArrayList<>(byName.values());
        out.addAll(extra);
        return out;
    }
}
