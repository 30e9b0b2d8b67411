package org.pharmadist.insights.infrastructure;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.insights.application.DemandHistory;

/**
 * Demand history from the inventory stock ledger (read data source, outside any transaction): the quantity of
 * {@code SHIPMENT} movements (stock that left the warehouse for a demand) per product and business day.
 *
 * <p>Of the outbound movement types ({@code inventory.domain.MovementType}) only SHIPMENT counts: PICK moves nothing
 * (it marks reserved stock as picked before the same quantity ships, so counting it would count the demand twice),
 * TRANSFER_OUT is internal and ADJUSTMENT is loss or correction, not demand; there is no ISSUE type. Customer returns
 * are not netted off (the demand happened). The ledger's demand reference ({@code reference_document}, e.g.
 * {@code SO-123/2}) names a sales document, not a customer, so {@link #knowsCustomers()} is false.
 */
@Stateless
@Local(DemandHistory.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerDemandHistory implements DemandHistory {

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    @Override
    public List<DemandRecord> outbound(LocalDate from, LocalDate to, ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT product_id, CAST(occurred_at AT TIME ZONE ?1 AS date) AS day, "
                + "SUM(-quantity) FROM stock_movement WHERE movement_type = 'SHIPMENT' "
                + "AND occurred_at >= CAST(?2 AS timestamp) AT TIME ZONE ?1 "
                + "AND occurred_at < CAST(?3 AS timestamp) AT TIME ZONE ?1 "
                + "GROUP BY 1, 2 HAVING SUM(-quantity) > 0 ORDER BY 1, 2")
                .setParameter(1, zone.getId())
                .setParameter(2, from.atStartOfDay().toString())
                .setParameter(3, to.plusDays(1).atStartOfDay().toString())
                .getResultList();
        List<DemandRecord> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            LocalDate day = r[1] instanceof Date d ? d.toLocalDate() : (LocalDate) r[1];
            out.add(new DemandRecord(((Number) r[0]).longValue(), null, day,
                    ((BigDecimal) r[2]).setScale(3, RoundingMode.HALF_UP)));
        }
        return out;
    }

    @Override
    public boolean knowsCustomers() {
        return false;
    }

    @Override
    public String source() {
        return "stock-ledger";
    }
}
