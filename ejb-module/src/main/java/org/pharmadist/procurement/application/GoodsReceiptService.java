package org.pharmadist.procurement.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pharmadist.catalog.domain.Gs1ElementString;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitNotDefinedException;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.inventory.application.ReceivedStock;
import org.pharmadist.inventory.application.StockReceipt;
import org.pharmadist.inventory.application.StockReceiving;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;
import org.pharmadist.procurement.domain.GoodsReceipt;
import org.pharmadist.procurement.domain.GoodsReceiptLine;
import org.pharmadist.procurement.domain.ProcurementDocumentChanged;
import org.pharmadist.procurement.domain.ProcurementRuleViolation;
import org.pharmadist.procurement.domain.PurchaseOrder;
import org.pharmadist.procurement.domain.PurchaseOrderLine;
import org.pharmadist.procurement.infrastructure.ProcurementRepository;

/**
 * Goods receipts against purchase orders (procurement:receive). The receipt document, the order's received
 * quantities and the stock (through inventory's {@link StockReceiving}, which puts products needing a quality
 * release into QUARANTINE) are written in ONE transaction: any refusal leaves nothing behind.
 *
 * <p>Rules: partial receipts are allowed, receiving beyond the ordered quantity is refused (422
 * "over-receipt"); a lot number is mandatory (stock is kept by lot) and the expiry date too for prescription products (DSCSA, 21 U.S.C.
 * 360eee(14)), and stock already past its expiry date (company time zone) is refused (422 "expired-on-receipt");
 * serialised products need one serial number per package.
 */
@Stateless
public class GoodsReceiptService {

    static final String NUMBER_SEQUENCE = "goods_receipt_number_seq";

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    StockReceiving stockReceiving;

    @Inject
    Event<DomainEvent> events;

    @Inject
    ProcurementSettings settings;

    @Resource
    SessionContext context;

    /**
     * Receives a delivery.
     *
     * @throws InvalidInputException (400) naming the field ({@code lines[i].lotNumber}, {@code lines[i].barcode}...):
     *         missing lot/expiry on a prescription product, malformed or foreign barcode, bad quantity or unit,
     *         wrong number of serial numbers, unknown line
     * @throws org.pharmadist.platform.errors.RecordNotFoundException (404) unknown order or location
     * @throws ProcurementRuleViolation (422) over-receipt, order not receivable, expired stock
     */
    @RequiresPermission(module = "procurement", action = "receive")
    public GoodsReceiptView receive(GoodsReceiptRequest request) {
        if (request == null) {
            throw new InvalidInputException("missing-body", "purchaseOrderNumber", "give the receipt");
        }
        ProcurementRepository repo = new ProcurementRepository(em);
        PurchaseOrder po = repo.purchaseOrder(Inputs.required(request.purchaseOrderNumber(), "purchaseOrderNumber",
                "purchase order number"), true);
        if (!po.status().isReceivable()) {
            throw new ProcurementRuleViolation("purchase-order-not-receivable", "purchaseOrderNumber", "purchase order "
                    + po.number() + " is " + po.status() + ": goods can be received only against SENT, CONFIRMED or "
                    + "PARTIALLY_RECEIVED orders");
        }
        if (request.lines() == null || request.lines().isEmpty()) {
            throw new InvalidInputException("missing-lines", "lines", "a receipt needs at least one line");
        }
        LocalDate today = LocalDate.now(settings.timeZone());
        Instant now = Instant.now();
        GoodsReceipt receipt = new GoodsReceipt(repo.nextNumber("GR", NUMBER_SEQUENCE, today), po, Callers.name(context),
                Inputs.optional(request.deliveryNote(), "deliveryNote", 60), now);
        em.persist(receipt);
        for (int k = 0; k < request.lines().size(); k++) {
            receiveLine(po, receipt, request.lines().get(k), "lines[" + k + "].", today, now);
        }
        Callers.flush(em, "purchase order " + po.number());
        events.fire(new ProcurementDocumentChanged("goods-receipt", receipt.number(), "received", now));
        events.fire(new ProcurementDocumentChanged("purchase-order", po.number(), po.status().name().toLowerCase(), now));
        return GoodsReceiptView.of(receipt);
    }

    /** One receipt with its lines. */
    @RequiresPermission(module = "procurement", action = "view")
    public GoodsReceiptView byNumber(String number) {
        String n = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        GoodsReceipt r = em.createQuery("SELECT r FROM GoodsReceipt r WHERE r.number = :n", GoodsReceipt.class)
                .setParameter("n", n).getResultStream().findFirst()
                .orElseThrow(() -> new org.pharmadist.platform.errors.RecordNotFoundException("goods-receipt-not-found",
                        "No goods receipt " + n));
        return GoodsReceiptView.of(r);
    }

    private void receiveLine(PurchaseOrder po, GoodsReceipt receipt, GoodsReceiptRequest.GoodsReceiptLineRequest l,
            String prefix, LocalDate today, Instant now) {
        if (l.lineNumber() == null) {
            throw new InvalidInputException("missing-lineNumber", prefix + "lineNumber", "give the purchase-order line number");
        }
        PurchaseOrderLine orderLine = po.line(l.lineNumber()).orElseThrow(() -> new InvalidInputException(
                "unknown-order-line", prefix + "lineNumber", "purchase order " + po.number() + " has no line " + l.lineNumber()));
        Product product = orderLine.product();
        if (l.locationId() == null || l.locationId() <= 0) {
            throw new InvalidInputException("missing-locationId", prefix + "locationId", "give the receiving location");
        }
        Long locationWarehouse = new ProcurementRepository(em).warehouseOfLocation(l.locationId());
        if (locationWarehouse == null) {
            throw new InvalidInputException("unknown-location", prefix + "locationId", "no location with id " + l.locationId());
        }
        if (locationWarehouse != po.warehouseId()) {
            throw new InvalidInputException("location-not-in-warehouse", prefix + "locationId", "location " + l.locationId()
                    + " is not in the order's destination warehouse " + po.warehouseId());
        }
        String lot = Inputs.optional(l.lotNumber(), prefix + "lotNumber", 20);
        LocalDate expiry = Inputs.date(l.expiryDate(), prefix + "expiryDate");
        List<String> serials = new ArrayList<>();
        if (l.serialNumbers() != null) {
            l.serialNumbers().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).forEach(serials::add);
        }
        if (l.barcode() != null && !l.barcode().isBlank()) {
            Gs1ElementString scan;
            try {
                scan = Gs1ElementString.parse(l.barcode(), today);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.type(), prefix + "barcode", e.getMessage());
            }
            if (!scan.gtin().value().equals(product.gtin14())) {
                throw new InvalidInputException("barcode-product-mismatch", prefix + "barcode", "the scanned GTIN "
                        + scan.gtin().value() + " is not the product of " + orderLine.label() + " (GTIN "
                        + (product.gtin14() == null ? "unknown" : product.gtin14()) + ")");
            }
            lot = agree(lot, scan.lotNumber(), prefix + "lotNumber", "lot number");
            expiry = agree(expiry, scan.expiryDate(), prefix + "expiryDate", "expiry date");
            // every DataMatrix carries a serial number; it is booked only for products kept by serial number
            if (product.serialised() && scan.serialNumber() != null && !serials.contains(scan.serialNumber())) {
                serials.add(scan.serialNumber());
            }
        }
        if (lot == null) {
            throw new InvalidInputException("lot-number-required", prefix + "lotNumber", "lot number is mandatory"
                    + (product.isPrescription() ? " for prescription product " + PurchaseOrderLine.ndc(product) + " (DSCSA)"
                    : ": stock is kept by lot"));
        }
        if (product.isPrescription()) {
            if (expiry == null) {
                throw new InvalidInputException("expiry-date-required", prefix + "expiryDate", "expiry date is mandatory for "
                        + "prescription product " + PurchaseOrderLine.ndc(product) + " (DSCSA)");
            }
        }
        if (expiry != null && expiry.isBefore(today)) {
            throw new ProcurementRuleViolation("expired-on-receipt", prefix + "expiryDate", "lot " + lot + " of "
                    + orderLine.label() + " expired on " + expiry + "; expired stock is not received");
        }
        BigDecimal amount = Inputs.positive(l.quantity(), prefix + "quantity");
        UnitOfMeasure unit = Inputs.unit(l.unit(), prefix + "unit", orderLine.unit());
        BigDecimal stockQuantity;
        try {
            stockQuantity = product.toStockUnits(new Quantity(amount, unit)).amount();
        } catch (UnitNotDefinedException e) {
            throw new InvalidInputException("unit-not-defined", prefix + "unit", e.getMessage());
        }
        BigDecimal inLineUnit = stockQuantity.divide(orderLine.stockUnitsPerUnit(), Quantity.SCALE, RoundingMode.HALF_UP);
        if (product.serialised()) {
            boolean whole = stockQuantity.stripTrailingZeros().scale() <= 0;
            if (!whole || serials.size() != stockQuantity.intValue()) {
                throw new InvalidInputException("serial-numbers-mismatch", prefix + "serialNumbers", "serialised product "
                        + PurchaseOrderLine.ndc(product) + ": give one serial number per package, "
                        + stockQuantity.stripTrailingZeros().toPlainString() + " " + product.stockUnit().name()
                        + " received but " + serials.size() + " serial number(s) given");
            }
            if (serials.stream().distinct().count() != serials.size()) {
                throw new InvalidInputException("serial-numbers-duplicate", prefix + "serialNumbers",
                        "a serial number is given twice");
            }
        }
        try {
            po.receive(orderLine, inLineUnit, now);
        } catch (ProcurementRuleViolation e) {
            throw e.fieldErrors().isEmpty() ? e : new ProcurementRuleViolation(e.type(), prefix + "quantity", e.getMessage());
        }
        GoodsReceiptLine line = receipt.addLine(new GoodsReceiptLine.Data(orderLine, l.locationId(), lot, expiry,
                inLineUnit, stockQuantity, serials));
        ReceivedStock booked;
        try {
            booked = stockReceiving.receive(new StockReceipt(product.id(), l.locationId(), lot, expiry,
                    product.labeler(), stockQuantity, orderLine.unitCostPerStockUnit(), serials, receipt.number()));
        } catch (InvalidInputException e) {
            // inventory names its own fields (lotNumber, serialNumbers...): name them within this receipt line
            String field = e.fieldErrors().keySet().stream().findFirst().orElse("quantity");
            throw new InvalidInputException(e.type(), prefix + field, e.getMessage());
        }
        line.booked(booked.lotId(), booked.status().name(), booked.movementId());
    }

    private static <T> T agree(T typed, T scanned, String field, String what) {
        if (scanned == null) {
            return typed;
        }
        if (typed != null && !Objects.equals(typed, scanned)) {
            throw new InvalidInputException("barcode-disagrees", field, "the typed " + what + " " + typed
                    + " differs from the scanned " + scanned);
        }
        return scanned;
    }
}
