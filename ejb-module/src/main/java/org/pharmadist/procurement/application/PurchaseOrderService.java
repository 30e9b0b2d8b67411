package org.pharmadist.procurement.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.catalog.domain.WholeUnitConversion;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;
import org.pharmadist.procurement.domain.ProcurementDocumentChanged;
import org.pharmadist.procurement.domain.PurchaseOrder;
import org.pharmadist.procurement.domain.Supplier;
import org.pharmadist.procurement.infrastructure.ProcurementRepository;

/**
 * Purchase orders: create, add and remove lines while DRAFT, then send, confirm, cancel, close. Quantities are
 * converted to whole purchase units of the product, rounded up with a warning in the answer's {@code warnings}
 * (never reinterpreted in another unit). Writes on the primary database; each call one transaction.
 */
@Stateless
public class PurchaseOrderService {

    static final String NUMBER_SEQUENCE = "purchase_order_number_seq";

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    @Inject
    ProcurementSettings settings;

    /**
     * Creates a DRAFT order, with the given lines.
     *
     * @throws InvalidInputException    (400) naming the field: missing supplier or warehouse, malformed date,
     *                                  quantity, unit or cost (field {@code lines[i].quantity} etc.)
     * @throws org.pharmadist.platform.errors.RecordNotFoundException (404) unknown supplier or product
     * @throws org.pharmadist.procurement.domain.ProcurementRuleViolation (422) inactive supplier, discontinued
     *         product, expected date before the order date
     */
    @RequiresPermission(module = "procurement", action = "order")
    public PurchaseOrderView create(PurchaseOrderRequest request) {
        if (request == null) {
            throw new InvalidInputException("missing-body", "supplierCode", "give the purchase order");
        }
        ProcurementRepository repo = new ProcurementRepository(em);
        Supplier supplier = repo.supplier(Inputs.required(request.supplierCode(), "supplierCode", "supplier code"));
        if (request.warehouseId() == null || request.warehouseId() <= 0) {
            throw new InvalidInputException("missing-warehouseId", "warehouseId", "destination warehouse is required");
        }
        repo.requireWarehouse(request.warehouseId());
        LocalDate today = LocalDate.now(settings.timeZone());
        LocalDate orderDate = Inputs.date(request.orderDate(), "orderDate");
        if (orderDate == null) {
            orderDate = today;
        }
        Instant now = Instant.now();
        PurchaseOrder po = new PurchaseOrder(repo.nextNumber("PO", NUMBER_SEQUENCE, orderDate), supplier,
                request.warehouseId(), orderDate, Inputs.date(request.expectedDate(), "expectedDate"), now);
        em.persist(po);
        List<String> warnings = new ArrayList<>();
        if (request.lines() != null) {
            for (int i = 0; i < request.lines().size(); i++) {
                add(repo, po, request.lines().get(i), "lines[" + i + "].", now).warning().ifPresent(warnings::add);
            }
        }
        Callers.flush(em, "purchase order " + po.number());
        events.fire(new ProcurementDocumentChanged("purchase-order", po.number(), "created", now));
        return PurchaseOrderView.of(po, warnings);
    }

    /**
     * Adds a line to a DRAFT order.
     *
     * @return the order; {@code warnings} holds the rounding warning when the quantity was not a whole number of
     *         purchase units ("45 EA is not a whole number of BX; rounded up to 2 BX = 60 EA")
     * @throws org.pharmadist.platform.errors.ConflictException (409) when {@code line.version()} is stale
     * @throws org.pharmadist.procurement.domain.ProcurementRuleViolation (422) not DRAFT, discontinued product
     */
    @RequiresPermission(module = "procurement", action = "order")
    public PurchaseOrderView addLine(String number, PurchaseOrderLineRequest line) {
        if (line == null) {
            throw new InvalidInputException("missing-body", "ndc", "give the line");
        }
        ProcurementRepository repo = new ProcurementRepository(em);
        PurchaseOrder po = repo.purchaseOrder(number, false);
        Callers.checkVersion(line.version(), po.version(), "purchase order " + po.number());
        Instant now = Instant.now();
        WholeUnitConversion c = add(repo, po, line, "", now);
        Callers.flush(em, "purchase order " + po.number());
        events.fire(new ProcurementDocumentChanged("purchase-order", po.number(), "line-added", now));
        return PurchaseOrderView.of(po, c.warning().stream().toList());
    }

    /**
     * Converts a line quantity as {@link #addLine} would, without changing anything: what the editor shows beside
     * the quantity field while the user types.
     */
    @RequiresPermission(module = "procurement", action = "view")
    public WholeUnitConversion previewConversion(String ndc, String quantity, String unit) {
        Product product = new ProcurementRepository(em).product(Inputs.required(ndc, "ndc", "NDC"), "ndc");
        BigDecimal q = Inputs.positive(quantity, "quantity");
        return product.toWholeUnits(new Quantity(q, Inputs.unit(unit, "unit", product.purchaseUnit())),
                product.purchaseUnit());
    }

    /** Removes a line from a DRAFT order. */
    @RequiresPermission(module = "procurement", action = "order")
    public PurchaseOrderView removeLine(String number, int lineNumber, Long version) {
        PurchaseOrder po = new ProcurementRepository(em).purchaseOrder(number, false);
        Callers.checkVersion(version, po.version(), "purchase order " + po.number());
        if (po.line(lineNumber).isEmpty()) {
            throw new org.pharmadist.platform.errors.RecordNotFoundException("purchase-order-line-not-found",
                    "purchase order " + po.number() + " has no line " + lineNumber);
        }
        Instant now = Instant.now();
        po.removeLine(lineNumber, now);
        Callers.flush(em, "purchase order " + po.number());
        events.fire(new ProcurementDocumentChanged("purchase-order", po.number(), "line-removed", now));
        return PurchaseOrderView.of(po, List.of());
    }

    /** DRAFT -> SENT. */
    @RequiresPermission(module = "procurement", action = "order")
    public PurchaseOrderView send(String number, Long version) {
        return transition(number, version, "sent", PurchaseOrder::send);
    }

    /** SENT -> CONFIRMED. */
    @RequiresPermission(module = "procurement", action = "order")
    public PurchaseOrderView confirm(String number, Long version) {
        return transition(number, version, "confirmed", PurchaseOrder::confirm);
    }

    /** DRAFT/SENT/CONFIRMED -> CANCELLED. */
    @RequiresPermission(module = "procurement", action = "order")
    public PurchaseOrderView cancel(String number, Long version) {
        return transition(number, version, "cancelled", PurchaseOrder::cancel);
    }

    /** RECEIVED/PARTIALLY_RECEIVED -> CLOSED. */
    @RequiresPermission(module = "procurement", action = "order")
    public PurchaseOrderView close(String number, Long version) {
        return transition(number, version, "closed", PurchaseOrder::close);
    }

    /** The order with its lines (primary database: the caller sees its own changes). */
    @RequiresPermission(module = "procurement", action = "view")
    public PurchaseOrderView byNumber(String number) {
        return PurchaseOrderView.of(new ProcurementRepository(em).purchaseOrder(number, false), List.of());
    }

    private PurchaseOrderView transition(String number, Long version, String change, BiConsumer<PurchaseOrder, Instant> action) {
        PurchaseOrder po = new ProcurementRepository(em).purchaseOrder(number, false);
        Callers.checkVersion(version, po.version(), "purchase order " + po.number());
        Instant now = Instant.now();
        action.accept(po, now);
        Callers.flush(em, "purchase order " + po.number());
        events.fire(new ProcurementDocumentChanged("purchase-order", po.number(), change, now));
        return PurchaseOrderView.of(po, List.of());
    }

    private static WholeUnitConversion add(ProcurementRepository repo, PurchaseOrder po, PurchaseOrderLineRequest line,
            String prefix, Instant now) {
        Product product = repo.product(Inputs.required(line.ndc(), prefix + "ndc", "NDC"), prefix + "ndc");
        BigDecimal quantity = Inputs.positive(line.quantity(), prefix + "quantity");
        UnitOfMeasure unit = Inputs.unit(line.unit(), prefix + "unit", product.purchaseUnit());
        BigDecimal cost = Inputs.notNegative(line.unitCost(), prefix + "unitCost");
        try {
            return po.addLine(product, new Quantity(quantity, unit), cost, now);
        } catch (org.pharmadist.catalog.domain.UnitNotDefinedException e) {
            throw new InvalidInputException("unit-not-defined", prefix + "unit", e.getMessage());
        }
    }
}
