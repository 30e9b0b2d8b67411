package org.pharmadist.crm.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.crm.domain.CustomerContact;
import org.pharmadist.crm.domain.CustomerLicense;
import org.pharmadist.crm.domain.LicenseKind;

/** Writes and duplicate look-ups shared by the customer services, inside their transaction (primary unit). */
final class CustomerRecords {

    private final EntityManager em;

    CustomerRecords(EntityManager em) {
        this.em = em;
    }

    /** Creates the customer and its parts; values already valid. */
    Customer persist(CustomerValidation.Valid v, List<CustomerValidation.ValidLicense> licenses,
            List<ContactRequest> contacts, Instant now) {
        Customer customer = new Customer(v.type(), v.legalName(), v.taxId(), now);
        customer.update(v.type(), v.legalName(), v.taxId(), v.billTo(), v.shipTo(), v.paymentTermsDays(), v.creditLimit(),
                v.priceList(), v.gpoMembership(), v.minShelfLifeDays(), now);
        em.persist(customer);
        em.flush();
        for (CustomerValidation.ValidLicense l : licenses) {
            em.persist(toLicense(customer.id(), l));
        }
        for (ContactRequest c : contacts) {
            em.persist(new CustomerContact(customer.id(), c.name(), c.jobTitle(), c.email(), c.phone()));
        }
        em.flush();
        return customer;
    }

    /**
     * Customers that look like one with this tax id or name: same tax id, or same normalised name.
     *
     * @param excludeId a customer not to report (the one being changed), or null
     */
    List<DuplicateWarning> duplicates(String taxId, String legalName, Long excludeId) {
        List<DuplicateWarning> out = new ArrayList<>();
        List<Customer> sameTax = em.createQuery("SELECT c FROM Customer c WHERE c.taxId = :t ORDER BY c.id", Customer.class)
                .setParameter("t", taxId).setMaxResults(5).getResultList();
        for (Customer c : sameTax) {
            if (!c.id().equals(excludeId)) {
                out.add(new DuplicateWarning("same-tax-id", c.id(), c.legalName(), "Customer " + c.id() + " \""
                        + c.legalName() + "\" has the same tax id " + taxId + "; check this is not the same customer."));
            }
        }
        String key = org.pharmadist.crm.domain.CustomerNames.normalise(legalName);
        if (!key.isEmpty()) {
            List<Customer> sameName = em.createQuery("SELECT c FROM Customer c WHERE c.nameKey = :k ORDER BY c.id",
                    Customer.class).setParameter("k", key).setMaxResults(5).getResultList();
            for (Customer c : sameName) {
                if (!c.id().equals(excludeId) && out.stream().noneMatch(w -> w.existingCustomerId() == c.id())) {
                    out.add(new DuplicateWarning("same-name", c.id(), c.legalName(), "Customer " + c.id() + " \""
                            + c.legalName() + "\" has the same name (ignoring case, punctuation and legal form); "
                            + "check this is not the same customer."));
                }
            }
        }
        return out;
    }

    static CustomerLicense toLicense(long customerId, CustomerValidation.ValidLicense l) {
        return l.kind() == LicenseKind.DEA ? CustomerLicense.dea(customerId, l.dea(), l.schedules(), l.state(), l.expiresOn())
                : CustomerLicense.statePharmacy(customerId, l.number(), l.state(), l.expiresOn());
    }

}
