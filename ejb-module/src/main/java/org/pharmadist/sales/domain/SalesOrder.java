package org.pharmadist.sales.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.crm.domain.Address;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A sales order: header (customer, bill-to/ship-to copied from the customer unless given, currency, requested
 * delivery date, customer PO reference, source quotation), lines, holds, totals kept on the header (sums of the
 * rounded line amounts of the lines not cancelled) and the status life cycle of {@link SalesOrderStatus}.
 * Optimistic locking on {@link #version()}. The order knows its states; reserving stock is the service's job (it
 * records the outcome with {@link SalesOrderLine#allocated}). Audited (Hibernate Envers), with its lines and holds.
 */
@Entity
@Audited
@Table(name = "sales_order")
public class SalesOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_seq")
    @SequenceGenerator(name = "sales_order_seq", sequenceName = "sales_order_seq", allocationSize = 50)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SalesOrderStatus status;

    @Column(name = "order_date", nullable = false)
    private LocalDate orderDate;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "requested_delivery_date")
    private LocalDate requestedDeliveryDate;

    @Column(name = "customer_po_reference", length = 60)
    private String customerPoReference;

    @Column(name = "source_quotation_id")
    private Long sourceQuotationId;

    @Column(name = "warehouse_id")
    private Long warehouseId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "line1", column = @Column(name = "bill_to_line1", length = 200)),
        @AttributeOverride(name = "line2", column = @Column(name = "bill_to_line2", length = 200)),
        @AttributeOverride(name = "city", column = @Column(name = "bill_to_city", length = 100)),
        @AttributeOverride(name = "state", column = @Column(name = "bill_to_state", length = 2)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "bill_to_postal_code", length = 10))})
    private Address billTo;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "line1", column = @Column(name = "ship_to_line1", length = 200)),
        @AttributeOverride(name = "line2", column = @Column(name = "ship_to_line2", length = 200)),
        @AttributeOverride(name = "city", column = @Column(name = "ship_to_city", length = 100)),
        @AttributeOverride(name = "state", column = @Column(name = "ship_to_state", length = 2)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "ship_to_postal_code", length = 10))})
    private Address shipTo;

    @Column(name = "net_total", nullable = false, precision = 19, scale = LineAmounts.MONEY_SCALE)
    private BigDecimal netTotal;

    @Column(name = "tax_total", nullable = false, precision = 19, scale = LineAmounts.MONEY_SCALE)
    private BigDecimal taxTotal;

    @Column(name = "grand_total", nullable = false, precision = 19, scale = LineAmounts.MONEY_SCALE)
    private BigDecimal grandTotal;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Embedded
    private DeaOrderForm deaOrderForm;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<SalesOrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<OrderHold> holds = new ArrayList<>();

    @Version
    @NotAudited
    @Column(name = "version", nullable = false)
    private long version;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SalesOrder() {
    }

    public SalesOrder(long customerId, LocalDate orderDate, String currency, LocalDate requestedDeliveryDate,
            String customerPoReference, Long sourceQuotationId, Long warehouseId, Address billTo, Address shipTo,
            String createdBy, Instant now) {
        this.customerId = customerId;
        this.status = SalesOrderStatus.DRAFT;
        this.orderDate = orderDate;
        this.currency = currency;
        this.requestedDeliveryDate = requestedDeliveryDate;
        this.customerPoReference = customerPoReference;
        this.sourceQuotationId = sourceQuotationId;
        this.warehouseId = warehouseId;
        this.billTo = billTo;
        this.shipTo = shipTo;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.number = "SO-NEW";
        recalculate();
    }

    /**
     * Records (or, before anything was shipped, corrects) the DEA order form of a schedule I/II order.
     *
     * @throws ConflictException "order-closed" on a SHIPPED or CANCELLED order, "dea-order-form-recorded" when a form
     *         is recorded and something was shipped against it
     */
    public void recordDeaOrderForm(DeaOrderForm form, Instant now) {
        if (status == SalesOrderStatus.SHIPPED || status == SalesOrderStatus.CANCELLED) {
            throw new ConflictException("order-closed", "Sales order " + number + " is " + status + ".");
        }
        if (deaOrderForm != null && status == SalesOrderStatus.PARTIALLY_SHIPPED && !deaOrderForm.equals(form)) {
            throw new ConflictException("dea-order-form-recorded", "Sales order " + number + " was partly shipped against "
                    + deaOrderForm + "; that record is kept.");
        }
        this.deaOrderForm = form;
        this.updatedAt = now;
    }

    /** Gives the order its number once its id is known: "SO-", the order year and the id, 6 digits. */
    public void numberFromId() {
        this.number = String.format("SO-%d-%06d", orderDate.getYear(), id);
    }

    /**
     * Adds a line. Allowed while the order is DRAFT, CONFIRMED, ON_HOLD or PARTIALLY_SHIPPED (on a confirmed order the
     * price is frozen at once; the service checks credit and allocates it).
     *
     * @throws ConflictException "order-closed" on a SHIPPED or CANCELLED order
     */
    public SalesOrderLine addLine(long productId, Quantity quantity, Quantity inStockUnits, PricedUnit price,
            boolean priceGiven, BigDecimal discountPercent, BigDecimal taxRatePercent, Instant now) {
        if (status == SalesOrderStatus.SHIPPED || status == SalesOrderStatus.CANCELLED) {
            throw new ConflictException("order-closed", "Sales order " + number + " is " + status
                    + ": lines can no longer be added.");
        }
        int next = lines.stream().mapToInt(SalesOrderLine::lineNo).max().orElse(0) + 1;
        SalesOrderLine line = new SalesOrderLine(this, next, productId, quantity, inStockUnits, price, priceGiven,
                discountPercent, taxRatePercent);
        lines.add(line);
        touched(now);
        return line;
    }

    /**
     * Confirms a DRAFT: prices every line not priced by the user once more ({@code pricing}) and freezes them.
     *
     * @throws ConflictException   "invalid-status-transition" unless DRAFT
     * @throws SalesRuleViolation  "order-empty" without lines
     */
    public void confirm(Function<SalesOrderLine, PricedUnit> pricing, Instant now) {
        if (status != SalesOrderStatus.DRAFT) {
            throw new ConflictException("invalid-status-transition", "Sales order " + number + " is " + status
                    + " and cannot be confirmed (only a DRAFT can).");
        }
        if (lines.isEmpty()) {
            throw new SalesRuleViolation("order-empty", "lines", "Sales order " + number
                    + " has no lines; add a line before confirming it.");
        }
        lines.forEach(l -> l.reprice(pricing.apply(l)));
        status = SalesOrderStatus.CONFIRMED;
        confirmedAt = now;
        touched(now);
    }

    /** Raises a hold on the order (lineId null: the order goes ON_HOLD) or on one line (that line goes ON_HOLD). */
    public OrderHold hold(Long lineId, HoldKind kind, String reason, String raisedBy, Instant now) {
        if (lineId == null) {
            status = SalesOrderStatus.ON_HOLD;
        } else {
            line(lineId).hold();
        }
        OrderHold h = new OrderHold(this, lineId, kind, reason, raisedBy, now);
        holds.add(h);
        updatedAt = now;
        return h;
    }

    /**
     * Releases a hold: a line hold puts the line back to OPEN; when the last open order-level hold goes, the order
     * returns to CONFIRMED (or PARTIALLY_SHIPPED). The service then allocates what is open.
     */
    public OrderHold release(long holdId, String by, String reason, Instant now) {
        OrderHold h = hold(holdId);
        h.decide(HoldStatus.RELEASED, by, reason, now);
        if (h.lineId() != null) {
            if (openHolds().stream().noneMatch(o -> h.lineId().equals(o.lineId()))) {
                line(h.lineId()).unhold();
            }
        } else if (openHolds().stream().noneMatch(o -> o.lineId() == null)) {
            status = progressStatus();
        }
        updatedAt = now;
        return h;
    }

    /**
     * Rejects a hold: a line hold cancels that line; an order-level hold cancels the order (or, when part of it was
     * shipped already, every line not shipped). The service releases the reservations of the cancelled lines.
     *
     * @return the lines cancelled
     */
    public List<SalesOrderLine> reject(long holdId, String by, String reason, Instant now) {
        OrderHold h = hold(holdId);
        h.decide(HoldStatus.REJECTED, by, reason, now);
        List<SalesOrderLine> cancelled = new ArrayList<>();
        if (h.lineId() != null) {
            SalesOrderLine l = line(h.lineId());
            l.cancel();
            cancelled.add(l);
            if (lines.stream().noneMatch(SalesOrderLine::isOpen) && status != SalesOrderStatus.ON_HOLD) {
                status = progressStatus();
            }
        } else {
            for (SalesOrderLine l : lines) {
                if (l.isOpen()) {
                    l.cancel();
                    cancelled.add(l);
                }
            }
            for (OrderHold other : openHolds()) {
                other.decide(HoldStatus.REJECTED, by, "order cancelled: " + reason, now);
            }
            boolean anyShipped = lines.stream().anyMatch(l -> l.shippedQuantity().signum() > 0);
            status = anyShipped ? SalesOrderStatus.SHIPPED : SalesOrderStatus.CANCELLED;
            if (!anyShipped) {
                cancelledAt = now;
            }
        }
        touched(now);
        return cancelled;
    }

    /**
     * Cancels the order (the service releases its reservations).
     *
     * @throws ConflictException "order-shipped" once anything was shipped, "invalid-status-transition" when already
     *                           cancelled
     */
    public List<SalesOrderLine> cancel(Instant now) {
        if (status == SalesOrderStatus.CANCELLED) {
            throw new ConflictException("invalid-status-transition", "Sales order " + number + " is already CANCELLED.");
        }
        if (lines.stream().anyMatch(l -> l.shippedQuantity().signum() > 0)) {
            throw new ConflictException("order-shipped", "Sales order " + number + " is " + status
                    + ": goods were shipped, so it can no longer be cancelled (book a customer return instead).");
        }
        List<SalesOrderLine> cancelled = new ArrayList<>();
        for (SalesOrderLine l : lines) {
            if (l.isOpen()) {
                l.cancel();
                cancelled.add(l);
            }
        }
        for (OrderHold h : openHolds()) {
            h.decide(HoldStatus.REJECTED, "system", "order cancelled", now);
        }
        status = SalesOrderStatus.CANCELLED;
        cancelledAt = now;
        touched(now);
        return cancelled;
    }

    /** After a shipment: SHIPPED when every line not cancelled is shipped, else PARTIALLY_SHIPPED (or ON_HOLD). */
    public void shipmentConfirmed(Instant now) {
        if (status != SalesOrderStatus.ON_HOLD) {
            status = progressStatus();
        }
        updatedAt = now;
    }

    private SalesOrderStatus progressStatus() {
        boolean anyShipped = lines.stream().anyMatch(l -> l.shippedQuantity().signum() > 0);
        boolean anyOpen = lines.stream().anyMatch(SalesOrderLine::isOpen);
        if (!anyOpen) {
            return anyShipped ? SalesOrderStatus.SHIPPED : SalesOrderStatus.CANCELLED;
        }
        return anyShipped ? SalesOrderStatus.PARTIALLY_SHIPPED : SalesOrderStatus.CONFIRMED;
    }

    /** True once confirmed and not on an order-level hold, shipped or cancelled: stock may be reserved for it. */
    public boolean mayAllocate() {
        return status == SalesOrderStatus.CONFIRMED || status == SalesOrderStatus.PARTIALLY_SHIPPED;
    }

    /** Open holds, oldest first. */
    public List<OrderHold> openHolds() {
        return holds.stream().filter(OrderHold::isOpen).toList();
    }

    /** True when a hold of this kind is open on the order itself. */
    public boolean hasOpenOrderHold(HoldKind kind) {
        return holds.stream().anyMatch(h -> h.isOpen() && h.lineId() == null && h.kind() == kind);
    }

    /** The hold, or 404 "hold-not-found". */
    public OrderHold hold(long holdId) {
        return holds.stream().filter(h -> h.id() != null && h.id() == holdId).findFirst().orElseThrow(
                () -> new RecordNotFoundException("hold-not-found", "Sales order " + number + " has no hold " + holdId));
    }

    /** The line, or 404 "order-line-not-found". */
    public SalesOrderLine line(long lineId) {
        return lines.stream().filter(l -> l.id() != null && l.id() == lineId).findFirst().orElseThrow(
                () -> new RecordNotFoundException("order-line-not-found", "Sales order " + number + " has no line " + lineId));
    }

    /** The line with this 1-based number, or 404 "order-line-not-found". */
    public SalesOrderLine lineNo(int lineNo) {
        return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst().orElseThrow(
                () -> new RecordNotFoundException("order-line-not-found", "Sales order " + number + " has no line number " + lineNo));
    }

    /** Value of the order still open for credit exposure: amounts of what is neither shipped nor cancelled. */
    public LineAmounts openAmounts() {
        LineAmounts sum = LineAmounts.ZERO;
        for (SalesOrderLine l : lines) {
            sum = sum.plus(l.openAmounts());
        }
        return sum;
    }

    /** Records a change (touches updated_at so the version moves) and recomputes the totals. */
    public void touched(Instant now) {
        updatedAt = now;
        recalculate();
    }

    /** Totals = sums of the rounded amounts of the lines not cancelled. */
    private void recalculate() {
        LineAmounts sum = LineAmounts.ZERO;
        int count = 0;
        for (SalesOrderLine l : lines) {
            if (l.status() != OrderLineStatus.CANCELLED) {
                sum = sum.plus(new LineAmounts(l.netAmount(), l.taxAmount(), l.netAmount().add(l.taxAmount())));
            }
            count++;
        }
        netTotal = sum.net();
        taxTotal = sum.tax();
        grandTotal = sum.total();
        lineCount = count;
    }

    public Long id() { return id; }
    public String number() { return number; }
    public long customerId() { return customerId; }
    public SalesOrderStatus status() { return status; }
    public LocalDate orderDate() { return orderDate; }
    public String currency() { return currency; }
    public LocalDate requestedDeliveryDate() { return requestedDeliveryDate; }
    public String customerPoReference() { return customerPoReference; }
    public Long sourceQuotationId() { return sourceQuotationId; }
    public Long warehouseId() { return warehouseId; }
    public Address billTo() { return billTo; }
    public Address shipTo() { return shipTo; }
    public BigDecimal netTotal() { return netTotal; }
    public BigDecimal taxTotal() { return taxTotal; }
    public BigDecimal grandTotal() { return grandTotal; }
    public int lineCount() { return lineCount; }
    public Instant confirmedAt() { return confirmedAt; }
    public Instant cancelledAt() { return cancelledAt; }
    public String createdBy() { return createdBy; }
    /** The DEA Form 222 / CSOS order of a schedule I/II order, or null. */
    public DeaOrderForm deaOrderForm() { return deaOrderForm; }
    public List<SalesOrderLine> lines() { return Collections.unmodifiableList(lines); }
    public List<OrderHold> holds() { return Collections.unmodifiableList(holds); }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
