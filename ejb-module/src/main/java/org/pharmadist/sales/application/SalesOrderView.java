package org.pharmadist.sales.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A sales order with its lines, holds and totals (sums of the rounded amounts of the lines not cancelled).
 *
 * @param id                    id
 * @param number                e.g. "SO-2026-000051"
 * @param customerId            customer
 * @param customerName          customer's legal name
 * @param status                DRAFT, CONFIRMED, ON_HOLD, PARTIALLY_SHIPPED, SHIPPED, CANCELLED
 * @param orderDate             business date entered (company time zone)
 * @param requestedDeliveryDate requested delivery date or null
 * @param customerPoReference   customer's PO number or null
 * @param sourceQuotationNumber the quotation it was created from, or null
 * @param warehouseCode         warehouse to ship from, or null (any)
 * @param billTo                bill-to address (may be null)
 * @param shipTo                ship-to address (may be null)
 * @param currency              ISO 4217 code
 * @param netTotal              scale 2
 * @param taxTotal              scale 2
 * @param grandTotal            scale 2
 * @param lineCount             number of lines (cancelled ones included)
 * @param confirmedAt           when confirmed (prices frozen since), or null
 * @param version               optimistic-locking version to send with changes
 * @param lines                 the lines
 * @param holds                 every hold, open and decided, oldest first
 * @param credit                the last credit check of this request, or null when none ran
 * @param deaOrderFormType      FORM_222 or CSOS for a schedule I/II order whose DEA order form is recorded, else null
 * @param deaOrderFormNumber    the Form 222 serial number (9 digits) or CSOS order number, else null
 */
public record SalesOrderView(long id, String number, long customerId, String customerName, String status,
        LocalDate orderDate, LocalDate requestedDeliveryDate, String customerPoReference, String sourceQuotationNumber,
        String warehouseCode, SalesOrderRequest.OrderAddress billTo, SalesOrderRequest.OrderAddress shipTo,
        String currency, BigDecimal netTotal, BigDecimal taxTotal, BigDecimal grandTotal, int lineCount,
        Instant confirmedAt, long version, List<SalesOrderLineView> lines, List<OrderHoldView> holds,
        CreditCheck credit, String deaOrderFormType, String deaOrderFormNumber) { }
