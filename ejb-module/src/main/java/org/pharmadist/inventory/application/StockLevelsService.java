package org.pharmadist.inventory.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pharmadist.inventory.domain.SellableRule;
import org.pharmadist.inventory.infrastructure.InventoryStore;
import org.pharmadist.platform.security.RequiresPermission;

/** {@link StockLevels} on the read data source: the same ATP rule as {@link InventoryQueryService#availability}. */
@Stateless
@Local(StockLevels.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresPermission(module = "inventory", action = "view")
public class StockLevelsService implements StockLevels {

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    @Inject
    InventoryCalendar calendar;

    @Override
    public Map<Long, BigDecimal> availableToPromise(Collection<Long> productIds, Long warehouseId) {
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        if (productIds == null || productIds.isEmpty()) {
            return out;
        }
        String sql = "SELECT b.product_id, coalesce(sum(CASE WHEN " + SellableRule.SQL_PREDICATE.replace("?", ":minExpiry")
                + " AND " + InventoryStore.SQL_ALLOCATABLE_LOCATION + " THEN b.on_hand - b.reserved ELSE 0 END), 0) "
                + "FROM stock_balance b JOIN lot l ON l.id = b.lot_id JOIN storage_location loc ON loc.id = b.location_id "
                + "WHERE b.product_id IN (:ids)" + (warehouseId == null ? "" : " AND loc.warehouse_id = :w")
                + " GROUP BY b.product_id";
        var q = em.createNativeQuery(sql).setParameter("ids", List.copyOf(productIds))
                .setParameter("minExpiry", SellableRule.earliestAcceptableExpiry(calendar.today(), 0));
        if (warehouseId != null) {
            q.setParameter("w", warehouseId);
        }
        for (Object[] r : InventoryQueryService.rows(q)) {
            out.put(InventoryQueryService.lng(r[0]), InventoryQueryService.qty(r[1]));
        }
        return out;
    }
}
