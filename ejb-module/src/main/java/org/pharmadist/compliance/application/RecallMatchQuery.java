package org.pharmadist.compliance.application;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Matches a recall to our stock in ONE SQL statement: the recall's NDCs (11-digit, so any 10-digit format of the
 * report matches) joined to catalog products, their lots (the lot numbers read from code_info, compared on letters
 * and digits only, case-insensitive; or every lot when the report recalls all lots or its lots could not be read),
 * and per lot the stock on hand and reserved (stock balances) and shipped / returned (the stock ledger).
 *
 * <p>Inventory transfers between locations are booked out and in at once (no in-transit state), so there is no
 * in-transit quantity to report; stock being moved is on hand in its source or target location.
 *
 * <p>{@link #deliveries} answers, over the same {@code affected} lots, every customer and confirmed shipment that
 * received one of them (sales shipment lines by lot) with the quantity shipped, returned (customer returns booked
 * against those shipment lines, by lot) and net, in the stock unit: a second statement with no per-row queries.
 */
public final class RecallMatchQuery {

    /** Lot number as matched: letters and digits only, upper case (same rule as RecalledLot.matchKey). */
    static final String LOT_KEY = "upper(regexp_replace(l.lot_number, '[^A-Za-z0-9]', '', 'g'))";

    /** The recall's affected lots as CTEs {@code r} and {@code affected} (no trailing comma). */
    static final String AFFECTED = """
            WITH r AS (SELECT id, lot_coverage FROM compliance_recall WHERE id = ?1),
            affected AS (
                SELECT l.id AS lot_id, p.id AS product_id, p.ndc11, p.name, l.lot_number, l.expiry_date, l.status,
                       p.stock_unit,
                       CASE r.lot_coverage WHEN 'SPECIFIC_LOTS' THEN 'LOT_NUMBER' WHEN 'ALL_LOTS' THEN 'ALL_LOTS'
                            ELSE 'LOTS_UNREADABLE' END AS matched_by
                FROM r
                JOIN compliance_recall_ndc rn ON rn.recall_id = r.id
                JOIN product p ON p.ndc11 = rn.ndc11
                JOIN lot l ON l.product_id = p.id
                WHERE r.lot_coverage <> 'SPECIFIC_LOTS'
                   OR EXISTS (SELECT 1 FROM compliance_recall_lot rl WHERE rl.recall_id = r.id AND rl.lot_key = %s)
            )
            """.formatted(LOT_KEY);

    static final String SQL = AFFECTED + """
            , stock AS (
                SELECT b.lot_id, sum(b.on_hand) AS on_hand, sum(b.reserved) AS reserved,
                       string_agg(DISTINCT CASE WHEN b.on_hand > 0 THEN w.code END, ',') AS warehouses
                FROM stock_balance b
                JOIN storage_location loc ON loc.id = b.location_id
                JOIN warehouse w ON w.id = loc.warehouse_id
                WHERE b.lot_id IN (SELECT lot_id FROM affected)
                GROUP BY b.lot_id
            ),
            ledger AS (
                SELECT m.lot_id,
                       sum(CASE WHEN m.movement_type = 'SHIPMENT' THEN -m.on_hand_change ELSE 0 END) AS shipped,
                       sum(CASE WHEN m.movement_type = 'RETURN' THEN m.on_hand_change ELSE 0 END) AS returned
                FROM stock_movement m
                WHERE m.lot_id IN (SELECT lot_id FROM affected) AND m.movement_type IN ('SHIPMENT', 'RETURN')
                GROUP BY m.lot_id
            )
            SELECT a.lot_id, a.product_id, a.ndc11, a.name, a.lot_number, a.expiry_date, a.status, a.matched_by,
                   coalesce(s.on_hand, 0), coalesce(s.reserved, 0), coalesce(g.shipped, 0), coalesce(g.returned, 0),
                   a.stock_unit, coalesce(s.warehouses, '')
            FROM affected a
            LEFT JOIN stock s ON s.lot_id = a.lot_id
            LEFT JOIN ledger g ON g.lot_id = a.lot_id
            ORDER BY a.ndc11, a.expiry_date NULLS LAST, a.lot_number
            """;

    static final String DELIVERIES_SQL = AFFECTED + """
            , shipped AS (
                SELECT sl.id AS shipment_line_id, s.id AS shipment_id, s.number, s.customer_id, sl.lot_id, sl.lot_number,
                       sl.stock_quantity, sl.stock_unit
                FROM sales_shipment_line sl JOIN sales_shipment s ON s.id = sl.shipment_id
                WHERE s.status = 'SHIPPED' AND sl.lot_id IN (SELECT lot_id FROM affected)
            ),
            returned AS (
                SELECT rl.shipment_line_id, sum(rl.stock_quantity) AS quantity
                FROM sales_return_line rl
                WHERE rl.shipment_line_id IN (SELECT shipment_line_id FROM shipped)
                GROUP BY rl.shipment_line_id
            )
            SELECT d.customer_id, c.legal_name, d.shipment_id, d.number, d.lot_id, d.lot_number,
                   sum(d.stock_quantity), coalesce(sum(x.quantity), 0), d.stock_unit
            FROM shipped d
            JOIN crm_customer c ON c.id = d.customer_id
            LEFT JOIN returned x ON x.shipment_line_id = d.shipment_line_id
            GROUP BY d.customer_id, c.legal_name, d.shipment_id, d.number, d.lot_id, d.lot_number, d.stock_unit
            ORDER BY c.legal_name, d.customer_id, d.number, d.lot_number
            """;

    private RecallMatchQuery() {
    }

    /**
     * Every lot of ours the recall touches, by NDC then expiry then lot number.
     *
     * @param em the primary (a screen shows its own quarantine at once) or the read persistence unit
     */
    public static List<AffectedLot> affectedLots(EntityManager em, long recallId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).setParameter(1, recallId).getResultList();
        List<AffectedLot> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String ndc11 = ((String) r[2]).strip();
            out.add(new AffectedLot(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    ndc11.substring(0, 5) + "-" + ndc11.substring(5, 9) + "-" + ndc11.substring(9), (String) r[3],
                    (String) r[4], date(r[5]), (String) r[6], (String) r[7], qty(r[8]), qty(r[9]), qty(r[10]), qty(r[11]),
                    ((String) r[12]).strip(), (String) r[13]));
        }
        return out;
    }

    /**
     * Every confirmed shipment of an affected lot to a customer, by customer name, shipment and lot: shipped,
     * returned (customer returns against those shipment lines) and net = shipped - returned, in the stock unit,
     * scale 3.
     *
     * @param em the primary or the read persistence unit
     */
    public static List<RecallDetail.DeliveryLine> deliveries(EntityManager em, long recallId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(DELIVERIES_SQL).setParameter(1, recallId).getResultList();
        List<RecallDetail.DeliveryLine> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            BigDecimal shipped = qty(r[6]);
            BigDecimal returned = qty(r[7]);
            out.add(new RecallDetail.DeliveryLine(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                    (String) r[3], ((Number) r[4]).longValue(), (String) r[5], shipped, returned, shipped.subtract(returned),
                    ((String) r[8]).strip()));
        }
        return out;
    }

    private static BigDecimal qty(Object o) {
        return (o instanceof BigDecimal b ? b : new BigDecimal(o.toString())).setScale(3, java.math.RoundingMode.HALF_UP);
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }
}
