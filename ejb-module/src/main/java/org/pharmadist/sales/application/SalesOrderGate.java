package org.pharmadist.sales.application;

import java.math.BigDecimal;
import java.util.List;
import org.pharmadist.sales.domain.HoldKind;

/**
 * Extension point for compliance (architecture: sales defines it, compliance implements it). Every CDI bean
 * implementing it is consulted, in the caller's transaction on the primary database, when an order is confirmed, when
 * a line is added to a confirmed order, and before a shipment is created or confirmed. Each answers the holds it
 * wants raised (none when the order may go on); sales records them as {@link org.pharmadist.sales.domain.OrderHold}s:
 * an order-level hold puts the order ON_HOLD (nothing is allocated or shipped), a line hold holds that line only.
 * A gate must not change data nor call sales services; it is not asked again about a hold of the same kind
 * and line that is already open.
 */
public interface SalesOrderGate {

    /** Where in the order's life the gate is asked. */
    enum Step { CONFIRM, ADD_LINE, SHIP }

    /**
     * The order as the gate sees it.
     *
     * @param step        the step being taken
     * @param orderId     order id
     * @param orderNumber e.g. "SO-2026-000051"
     * @param customerId  customer (crm): licenses, DEA registrations
     * @param shipToState two-letter state code of the ship-to address, or null
     * @param lines       the lines concerned: all open lines (CONFIRM, SHIP) or the added line (ADD_LINE)
     * @param deaOrderForm the order's DEA Form 222 / CSOS order (e.g. "DEA Form 222 123456789"), or null when none is
     *                     recorded
     */
    record OrderContext(Step step, long orderId, String orderNumber, long customerId, String shipToState,
            List<LineContext> lines, String deaOrderForm) { }

    /**
     * One line.
     *
     * @param lineId        line id
     * @param lineNo        line number
     * @param productId     catalog product id (DEA schedule on the product)
     * @param ndc           NDC, 11 digits without hyphens (HIPAA 5-4-2)
     * @param stockQuantity ordered quantity in the stock unit, scale 3
     * @param stockUnit     X12 code of the stock unit
     */
    record LineContext(long lineId, int lineNo, long productId, String ndc, BigDecimal stockQuantity,
            String stockUnit) { }

    /**
     * A hold to raise.
     *
     * @param kind   kind (LICENSE, DEA_SCHEDULE, SUSPICIOUS_ORDER; CREDIT is sales' own)
     * @param lineId the line to hold, or null to hold the whole order
     * @param reason one sentence a user can act on, naming the license, registration or product
     */
    record Hold(HoldKind kind, Long lineId, String reason) { }

    /** The holds this gate raises for the order at this step; empty when it may go on. */
    List<Hold> check(OrderContext order);
}
