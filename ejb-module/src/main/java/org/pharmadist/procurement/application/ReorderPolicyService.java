package org.pharmadist.procurement.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;
import org.pharmadist.procurement.domain.ProcurementDocumentChanged;
import org.pharmadist.procurement.domain.ReorderPolicy;
import org.pharmadist.procurement.domain.Supplier;
import org.pharmadist.procurement.infrastructure.ProcurementRepository;

/** Maintenance of min/max reorder policies (procurement:order) on the primary database. */
@Stateless
public class ReorderPolicyService {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    /**
     * Creates the policy of a product in a warehouse, or replaces its levels.
     *
     * @throws InvalidInputException (400) naming the field
     * @throws org.pharmadist.procurement.domain.ProcurementRuleViolation (422) "invalid-reorder-levels" when max &lt; min
     * @throws org.pharmadist.platform.errors.ConflictException (409) stale version
     */
    @RequiresPermission(module = "procurement", action = "order")
    public ReorderPolicyView save(ReorderPolicyRequest request) {
        if (request == null) {
            throw new InvalidInputException("missing-body", "ndc", "give the policy");
        }
        ProcurementRepository repo = new ProcurementRepository(em);
        Product product = repo.product(Inputs.required(request.ndc(), "ndc", "NDC"), "ndc");
        if (request.warehouseId() == null || request.warehouseId() <= 0) {
            throw new InvalidInputException("missing-warehouseId", "warehouseId", "give the warehouse");
        }
        repo.requireWarehouse(request.warehouseId());
        Supplier preferred = request.preferredSupplierCode() == null || request.preferredSupplierCode().isBlank() ? null
                : repo.supplier(request.preferredSupplierCode());
        ReorderPolicy policy = em.createQuery("SELECT p FROM ReorderPolicy p WHERE p.product = :p AND p.warehouseId = :w",
                ReorderPolicy.class).setParameter("p", product).setParameter("w", request.warehouseId())
                .getResultStream().findFirst().orElse(null);
        boolean created = policy == null;
        if (created) {
            policy = new ReorderPolicy(product, request.warehouseId());
        } else {
            Callers.checkVersion(request.version(), policy.version(), "reorder policy of " + product.ndc11());
        }
        Instant now = Instant.now();
        policy.set(Inputs.notNegative(request.minQuantity(), "minQuantity"),
                Inputs.notNegative(request.maxQuantity(), "maxQuantity"), preferred, now);
        if (created) {
            em.persist(policy);
        }
        Callers.flush(em, "reorder policy");
        events.fire(new ProcurementDocumentChanged("reorder-policy", product.ndc11() + "@" + request.warehouseId(),
                created ? "created" : "changed", now));
        return ReorderPolicyView.of(policy);
    }
}
