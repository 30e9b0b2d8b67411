package org.pharmadist.procurement.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.WholeUnitConversion;
import org.pharmadist.inventory.application.StockLevels;
import org.pharmadist.platform.security.RequiresPermission;
import org.pharmadist.procurement.domain.PurchaseOrderLine;
import org.pharmadist.procurement.domain.ReorderPolicy;

/**
 * Reorder suggestions from min/max policies: for each policy, when ATP ({@link StockLevels#availableToPromise})
 * plus the unreceived quantity of open purchase orders to that warehouse is below the minimum, suggest ordering up
 * to the maximum, rounded up to whole purchase units, from the preferred supplier. Reads the read data source only,
 * outside a transaction (like inventory's stock levels). Forecast-based refinement is a later issue.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresPermission(module = "procurement", action = "view")
public class ReorderSuggestionService {

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    @Inject
    StockLevels stockLevels;

    /** Suggestions for one warehouse (all when null), by product name; empty when nothing needs ordering. */
    public List<ReorderSuggestion> suggestions(Long warehouseId) {
        List<ReorderPolicy> policies = policies(em, warehouseId);
        Map<Long, Map<Long, BigDecimal>> atpByWarehouse = new HashMap<>();
        List<ReorderSuggestion> out = new ArrayList<>();
        for (ReorderPolicy policy : policies) {
            Product product = policy.product();
            Map<Long, BigDecimal> atp = atpByWarehouse.computeIfAbsent(policy.warehouseId(), w -> stockLevels.availableToPromise(
                    policies.stream().filter(p -> p.warehouseId() == w).map(p -> p.product().id()).toList(), w));
            BigDecimal available = atp.getOrDefault(product.id(), BigDecimal.ZERO).setScale(Quantity.SCALE);
            BigDecimal onOrder = onOrder(product.id(), policy.warehouseId());
            BigDecimal position = available.add(onOrder);
            if (position.compareTo(policy.minQuantity()) >= 0) {
                continue;
            }
            BigDecimal need = policy.maxQuantity().subtract(position);
            if (need.signum() <= 0) {
                continue;
            }
            WholeUnitConversion c = product.toWholeUnits(new Quantity(need, product.stockUnit()), product.purchaseUnit());
            out.add(new ReorderSuggestion(product.id(), PurchaseOrderLine.ndc(product), product.name(), policy.warehouseId(),
                    available, onOrder, policy.minQuantity(), policy.maxQuantity(), product.stockUnit().name(),
                    c.converted().amount(), c.converted().unit().name(), c.inStockUnits().amount(),
                    policy.preferredSupplier() == null ? null : policy.preferredSupplier().code(),
                    policy.preferredSupplier() == null ? null : policy.preferredSupplier().name(),
                    c.warning().orElse(null)));
        }
        return out;
    }

    /** The policies of one warehouse (all when null), by product name (read source). */
    public List<ReorderPolicyView> policies(Long warehouseId) {
        return policies(em, warehouseId).stream().map(ReorderPolicyView::of).toList();
    }

    /** Policies of one warehouse (all when null) with product and supplier, by product name. */
    static List<ReorderPolicy> policies(EntityManager em, Long warehouseId) {
        String jpql = "SELECT p FROM ReorderPolicy p JOIN FETCH p.product pr LEFT JOIN FETCH p.preferredSupplier"
                + (warehouseId == null ? "" : " WHERE p.warehouseId = :w") + " ORDER BY pr.name, p.id";
        var q = em.createQuery(jpql, ReorderPolicy.class);
        if (warehouseId != null) {
            q.setParameter("w", warehouseId);
        }
        return q.getResultList();
    }

    /** Unreceived quantity in stock units of open orders (DRAFT to PARTIALLY_RECEIVED) for the product and warehouse. */
    BigDecimal onOrder(long productId, long warehouseId) {
        Object v = em.createNativeQuery("SELECT COALESCE(SUM((l.quantity - l.received_quantity) * l.stock_units_per_unit), 0) "
                + "FROM purchase_order_line l JOIN purchase_order po ON po.id = l.purchase_order_id "
                + "WHERE l.product_id = ?1 AND po.warehouse_id = ?2 "
                + "AND po.status IN ('DRAFT','SENT','CONFIRMED','PARTIALLY_RECEIVED')")
                .setParameter(1, productId).setParameter(2, warehouseId).getSingleResult();
        return ((BigDecimal) v).setScale(Quantity.SCALE, java.math.RoundingMode.HALF_UP);
    }
}
