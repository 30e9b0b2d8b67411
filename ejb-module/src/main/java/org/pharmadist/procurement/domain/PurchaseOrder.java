package org.pharmadist.procurement.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.ProductStatus;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.WholeUnitConversion;

/**
 * A purchase order to one supplier for delivery to one warehouse. Lines are ordered in whole purchase units:
 * a quantity that is not a whole number of purchase units is rounded <em>up</em> and the caller is warned
 * ({@link Product#toWholeUnits}). Editable only while {@link PurchaseOrderStatus#DRAFT}. Audited (Envers),
 * optimistic locking on {@link #version()}.
 */
@Entity
@Table(name = "purchase_order")
@Audited
public class PurchaseOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_order_seq")
    @SequenceGenerator(name = "purchase_order_seq", sequenceName = "purchase_order_seq", allocationSize = 50)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 20)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Supplier supplier;

    @Column(name = "warehouse_id", nullable = false)
    private long warehouseId;

    @Column(name = "order_date", nullable = false)
    private LocalDate orderDate;

    @Column(name = "expected_date")
    private LocalDate expectedDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PurchaseOrderStatus status = PurchaseOrderStatus.DRAFT;

    @Column(name = "currency", nullable = false, length = 3, columnDefinition = "bpchar(3)")
    private String currency;

    @Column(name = "total_amount", nullable = false, precision = 19, scale = PurchaseOrderLine.AMOUNT_SCALE)
    private BigDecimal totalAmount = BigDecimal.ZERO.setScale(PurchaseOrderLine.AMOUNT_SCALE);

    @OneToMany(mappedBy = "purchaseOrder", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<PurchaseOrderLine> lines = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    @NotAudited
    private long version;

    @Column(name = "created_at", nullable = false)
    @NotAudited
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @NotAudited
    private Instant updatedAt;

    protected PurchaseOrder() {
        // JPA
    }

    /**
     * A new DRAFT order.
     *
     * @param number       e.g. "PO-2026-000123"
     * @param expectedDate expected delivery date, null for order date + the supplier's lead time
     * @throws ProcurementRuleViolation "supplier-inactive" for an inactive supplier; "invalid-expected-date" when
     *         the expected date is before the order date
     */
    public PurchaseOrder(String number, Supplier supplier, long warehouseId, LocalDate orderDate,
            LocalDate expectedDate, Instant now) {
        if (!supplier.active()) {
            throw new ProcurementRuleViolation("supplier-inactive", "supplierCode", "supplier " + supplier.code()
                    + " is inactive: no new purchase orders");
        }
        this.number = Objects.requireNonNull(number, "number");
        this.supplier = supplier;
        this.warehouseId = warehouseId;
        this.orderDate = Objects.requireNonNull(orderDate, "orderDate");
        this.currency = supplier.currency();
        this.createdAt = now;
        this.updatedAt = now;
        changeExpectedDate(expectedDate == null ? orderDate.plusDays(supplier.leadTimeDays()) : expectedDate);
    }

    /**
     * Adds a line, converting the quantity to whole purchase units of the product (rounded up, never
     * reinterpreted: 45 EA on a BX = 30 EA product is 2 BX, not 45 BX).
     *
     * @param requested quantity in any unit the product defines (default: its purchase unit)
     * @param unitCost  cost per purchase unit, rounded to scale 5 HALF_UP
     * @return the conversion; its {@link WholeUnitConversion#warning()} is set when the quantity was rounded up
     * @throws ProcurementRuleViolation "purchase-order-not-editable" unless DRAFT; "product-discontinued"
     * @throws org.pharmadist.catalog.domain.UnitNotDefinedException when the unit has no conversion on the product
     * @throws IllegalArgumentException for a quantity not above zero or a negative cost
     */
    public WholeUnitConversion addLine(Product product, Quantity requested, BigDecimal unitCost, Instant now) {
        requireDraft();
        if (product.status() == ProductStatus.DISCONTINUED) {
            throw new ProcurementRuleViolation("product-discontinued", "ndc", "product " + PurchaseOrderLine.ndc(product)
                    + " (" + product.name() + ") is discontinued and cannot be ordered");
        }
        if (requested.amount().signum() <= 0) {
            throw new IllegalArgumentException("quantity must be greater than zero");
        }
        if (unitCost.signum() < 0) {
            throw new IllegalArgumentException("unit cost must not be negative");
        }
        WholeUnitConversion conversion = product.toWholeUnits(requested, product.purchaseUnit());
        int next = lines.stream().mapToInt(PurchaseOrderLine::lineNumber).max().orElse(0) + 1;
        lines.add(new PurchaseOrderLine(this, next, product, conversion, unitCost));
        recalculate(now);
        return conversion;
    }

    /**
     * Removes a line of a DRAFT order.
     *
     * @throws ProcurementRuleViolation "purchase-order-not-editable" unless DRAFT
     * @throws IllegalArgumentException when there is no such line
     */
    public void removeLine(int lineNumber, Instant now) {
        requireDraft();
        if (!lines.removeIf(l -> l.lineNumber() == lineNumber)) {
            throw new IllegalArgumentException("purchase order " + number + " has no line " + lineNumber);
        }
        recalculate(now);
    }

    /** Changes the expected delivery date (any status before RECEIVED). */
    public void changeExpectedDate(LocalDate expected) {
        if (expected != null && expected.isBefore(orderDate)) {
            throw new ProcurementRuleViolation("invalid-expected-date", "expectedDate", "expected date " + expected
                    + " is before the order date " + orderDate);
        }
        this.expectedDate = expected;
    }

    /**
     * DRAFT -> SENT.
     *
     * @throws ProcurementRuleViolation "invalid-status-change" from another status, "purchase-order-empty" without lines
     */
    public void send(Instant now) {
        if (status == PurchaseOrderStatus.DRAFT && lines.isEmpty()) {
            throw new ProcurementRuleViolation("purchase-order-empty", "purchase order " + number + " has no lines to send");
        }
        transition(PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.SENT, "send");
        updatedAt = now;
    }

    /** SENT -> CONFIRMED (the supplier acknowledged the order). */
    public void confirm(Instant now) {
        transition(PurchaseOrderStatus.SENT, PurchaseOrderStatus.CONFIRMED, "confirm");
        updatedAt = now;
    }

    /** DRAFT, SENT or CONFIRMED -> CANCELLED. */
    public void cancel(Instant now) {
        if (status != PurchaseOrderStatus.DRAFT && status != PurchaseOrderStatus.SENT && status != PurchaseOrderStatus.CONFIRMED) {
            throw statusRefusal("cancel");
        }
        status = PurchaseOrderStatus.CANCELLED;
        updatedAt = now;
    }

    /** RECEIVED or PARTIALLY_RECEIVED -> CLOSED (a partial order closed short: the rest will not come). */
    public void close(Instant now) {
        if (status != PurchaseOrderStatus.RECEIVED && status != PurchaseOrderStatus.PARTIALLY_RECEIVED) {
            throw statusRefusal("close");
        }
        status = PurchaseOrderStatus.CLOSED;
        updatedAt = now;
    }

    /**
     * Books a received quantity on a line and moves the order to PARTIALLY_RECEIVED or RECEIVED.
     *
     * @param quantity in the line's unit
     * @throws ProcurementRuleViolation "purchase-order-not-receivable" unless SENT, CONFIRMED or PARTIALLY_RECEIVED;
     *         "over-receipt" beyond the ordered quantity
     */
    public void receive(PurchaseOrderLine line, BigDecimal quantity, Instant now) {
        if (!status.isReceivable()) {
            throw new ProcurementRuleViolation("purchase-order-not-receivable", "purchase order " + number + " is "
                    + status + ": goods can be received only against SENT, CONFIRMED or PARTIALLY_RECEIVED orders");
        }
        if (line.purchaseOrder() != this) {
            throw new IllegalArgumentException("line of another order");
        }
        line.receive(quantity);
        status = lines.stream().allMatch(PurchaseOrderLine::isFullyReceived) ? PurchaseOrderStatus.RECEIVED
                : PurchaseOrderStatus.PARTIALLY_RECEIVED;
        updatedAt = now;
    }

    /** The line with this number. */
    public java.util.Optional<PurchaseOrderLine> line(int lineNumber) {
        return lines.stream().filter(l -> l.lineNumber() == lineNumber).findFirst();
    }

    private void recalculate(Instant now) {
        totalAmount = lines.stream().map(PurchaseOrderLine::lineAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(PurchaseOrderLine.AMOUNT_SCALE);
        updatedAt = now;
    }

    private void requireDraft() {
        if (status != PurchaseOrderStatus.DRAFT) {
            throw new ProcurementRuleViolation("purchase-order-not-editable", "purchase order " + number + " is "
                    + status + "; only DRAFT orders can be changed");
        }
    }

    private void transition(PurchaseOrderStatus from, PurchaseOrderStatus to, String action) {
        if (status != from) {
            throw statusRefusal(action);
        }
        status = to;
    }

    private ProcurementRuleViolation statusRefusal(String action) {
        return new ProcurementRuleViolation("invalid-status-change", "cannot " + action + " purchase order " + number
                + " in status " + status);
    }

    public Long id() { return id; }
    public String number() { return number; }
    public Supplier supplier() { return supplier; }
    /** Destination warehouse (inventory module id). */
    public long warehouseId() { return warehouseId; }
    public LocalDate orderDate() { return orderDate; }
    public LocalDate expectedDate() { return expectedDate; }
    public PurchaseOrderStatus status() { return status; }
    /** ISO 4217 currency, the supplier's. */
    public String currency() { return currency; }
    /** Sum of the line amounts, scale 2. */
    public BigDecimal totalAmount() { return totalAmount; }
    /** Lines in line-number order; read-only. */
    public List<PurchaseOrderLine> lines() { return Collections.unmodifiableList(lines); }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
