package org.pharmadist.compliance.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.compliance.domain.LicenseRefusal;
import org.pharmadist.compliance.domain.SaleAuthorization;
import org.pharmadist.compliance.domain.SaleAuthorization.HeldLicense;
import org.pharmadist.compliance.domain.SaleAuthorization.ProductClass;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.crm.domain.CustomerLicense;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.sales.application.SaleEligibility;

/**
 * The license and controlled-substance gate of sales ({@link SaleEligibility}): reads the customer's licenses (crm)
 * and the product's prescription status and DEA schedule (catalog; the catalog import derives finished products'
 * schedules from their active substance) and applies {@link SaleAuthorization} on the day asked. Runs in the
 * caller's transaction on the primary database; checks no permission of its own (the sales step did).
 */
@Stateless
public class LicenseGate implements SaleEligibility {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    /** The gate on a given entity manager, for callers outside a container (persistence tests, tools). */
    public static LicenseGate using(EntityManager em) {
        LicenseGate g = new LicenseGate();
        g.em = em;
        return g;
    }

    @Override
    public Optional<Refusal> refusal(long customerId, long productId, String shipToState, LocalDate day) {
        return check(customerId, productId, shipToState, day)
                .map(r -> new Refusal(r.code(), r.rule(), r.message()));
    }

    /**
     * The first rule the sale breaks, or empty.
     *
     * @throws RecordNotFoundException (404) unknown customer or product
     */
    public Optional<LicenseRefusal> check(long customerId, long productId, String shipToState, LocalDate day) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new RecordNotFoundException("customer-not-found", "No customer with id " + customerId);
        }
        Product product = em.find(Product.class, productId);
        if (product == null) {
            throw new RecordNotFoundException("product-not-found", "No product with id " + productId);
        }
        String state = shipToState != null && !shipToState.isBlank() ? shipToState
                : customer.shipTo() != null ? customer.shipTo().state() : null;
        return SaleAuthorization.check(customer.legalName(), productClass(product), licenses(customerId), state, day);
    }

    static ProductClass productClass(Product p) {
        return new ProductClass("NDC " + p.ndc10() + " " + p.name(), p.isPrescription(), p.deaSchedule());
    }

    List<HeldLicense> licenses(long customerId) {
        return em.createQuery("select l from CustomerLicense l where l.customerId = :c", CustomerLicense.class)
                .setParameter("c", customerId).getResultList().stream()
                .map(l -> new HeldLicense(l.kind(), l.number(), l.state(), l.schedules(), l.expiresOn())).toList();
    }
}
