package org.pharmadist.inventory.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.inventory.domain.InsufficientStockException;
import org.pharmadist.inventory.domain.InventoryRuleException;
import org.pharmadist.inventory.domain.Lot;
import org.pharmadist.inventory.domain.MovementType;
import org.pharmadist.inventory.domain.SerialNumber;
import org.pharmadist.inventory.domain.StockBalance;
import org.pharmadist.inventory.domain.StockChanged;
import org.pharmadist.inventory.domain.StockMovement;
import org.pharmadist.inventory.domain.StorageLocation;
import org.pharmadist.inventory.infrastructure.Actors;
import org.pharmadist.inventory.infrastructure.InventoryStore;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * Transfers between locations and warehouses (inventory:move) and cycle counts with adjustments (inventory:adjust).
 * Each writes its ledger entries with the balance changes in one transaction.
 */
@Stateless
public class StockMovementService {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    InventoryCalendar calendar;

    @Inject
    Event<DomainEvent> events;

    /**
     * Moves unreserved stock of a lot to another location: a TRANSFER_OUT at the source and a TRANSFER_IN at the
     * destination. The destination's storage condition must accept the product (USP 659); serialised products move
     * with their serials (one per package, in stock at the source).
     *
     * @throws InvalidInputException       (400) quantity not positive, same location, unit not defined, serials wrong
     * @throws org.pharmadist.platform.errors.RecordNotFoundException (404) unknown lot or location
     * @throws InventoryRuleException      (422 {@code storage-condition-mismatch}, {@code location-inactive})
     * @throws InsufficientStockException  (422 {@code insufficient-stock}) less unreserved stock than asked at the source
     */
    @RequiresPermission(module = "inventory", action = "move")
    public TransferResult transfer(TransferRequest request) {
        if (request == null) {
            throw new InvalidInputException("invalid-transfer", "lotId", "transfer request is missing");
        }
        InventoryStore store = new InventoryStore(em);
        Lot lot = store.lot(request.lotId());
        Product product = store.product(lot.productId());
        StorageLocation from = store.location(request.fromLocationId());
        StorageLocation to = store.location(request.toLocationId());
        if (from.id().equals(to.id())) {
            throw new InvalidInputException("same-location", "toLocationId", "source and destination are the same location");
        }
        BigDecimal quantity = StockAllocationService.toStockUnits(product, request.quantity());
        if (!to.active()) {
            throw new InventoryRuleException("location-inactive", "toLocationId", "location " + to.code() + " is closed");
        }
        if (!to.accepts(product)) {
            throw new InventoryRuleException(InventoryRuleException.STORAGE_CONDITION_MISMATCH, "toLocationId",
                    "product " + product.ndc11() + " needs " + product.storageCondition().label() + " but location "
                            + to.code() + " is " + to.storageCondition().label());
        }
        // lock both rows in id order so that opposite transfers cannot deadlock
        StockBalance source;
        StockBalance destination;
        if (from.id() < to.id()) {
            source = store.balanceForUpdate(product.id(), lot.id(), from.id());
            destination = store.balanceForUpdate(product.id(), lot.id(), to.id());
        } else {
            destination = store.balanceForUpdate(product.id(), lot.id(), to.id());
            source = store.balanceForUpdate(product.id(), lot.id(), from.id());
        }
        if (source.unreserved().compareTo(quantity) < 0) {
            throw new InsufficientStockException("only " + source.unreserved().toPlainString() + " " + product.stockUnit()
                    + " of lot " + lot.lotNumber() + " are unreserved at " + from.code() + "; " + quantity.toPlainString()
                    + " asked");
        }
        if (product.serialised()) {
            moveSerials(product, lot, from, to, request.serialNumbers(), quantity);
        }
        Instant now = calendar.now();
        String actor = Actors.current();
        StockMovement out = StockMovement.apply(MovementType.TRANSFER_OUT, source, quantity, product.stockUnit(), null,
                request.reference(), actor, now);
        StockMovement in = StockMovement.apply(MovementType.TRANSFER_IN, destination, quantity, product.stockUnit(), null,
                request.reference(), actor, now);
        em.persist(out);
        em.persist(in);
        em.flush();
        events.fire(new StockChanged(product.id(), MovementType.TRANSFER_IN, request.reference(), quantity, now));
        return new TransferResult(out.id(), in.id(), quantity, product.stockUnit());
    }

    private void moveSerials(Product product, Lot lot, StorageLocation from, StorageLocation to, List<String> serials,
            BigDecimal quantity) {
        Set<String> wanted = new HashSet<>();
        serials.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).forEach(wanted::add);
        if (quantity.compareTo(BigDecimal.valueOf(wanted.size())) != 0) {
            throw new InvalidInputException("serials-per-package", "serialNumbers", "product " + product.ndc11()
                    + " is serialised: give one serial number per package moved");
        }
        List<SerialNumber> found = em.createQuery("SELECT s FROM SerialNumber s WHERE s.productId = :p AND s.lotId = :l "
                        + "AND s.locationId = :loc AND s.status = :st AND s.serial IN :serials", SerialNumber.class)
                .setParameter("p", product.id()).setParameter("l", lot.id()).setParameter("loc", from.id())
                .setParameter("st", SerialNumber.Status.IN_STOCK).setParameter("serials", wanted).getResultList();
        if (found.size() != wanted.size()) {
            throw new InvalidInputException("serial-not-in-stock", "serialNumbers",
                    "some serial numbers are not in stock in lot " + lot.lotNumber() + " at " + from.code());
        }
        found.forEach(s -> s.moveTo(to.id()));
    }

    /**
     * Books a count sheet (several lots and locations counted together) in one transaction: each line as
     * {@link #count}; when one line is refused, no line is booked.
     *
     * @param requests the counted lines, at least one
     * @return one result per line, in the order given
     * @throws InvalidInputException (400 {@code count-sheet-empty}, field {@code countedQuantity}) no line; and the
     *         errors of {@link #count} for the first refused line
     */
    @RequiresPermission(module = "inventory", action = "adjust")
    public List<CycleCountResult> countSheet(List<CycleCountRequest> requests) {
        if (requests == null || requests.isEmpty()) {
            throw new InvalidInputException("count-sheet-empty", "countedQuantity", "enter at least one counted quantity");
        }
        List<CycleCountResult> results = new java.util.ArrayList<>();
        for (CycleCountRequest r : requests) {
            results.add(count(r));
        }
        return List.copyOf(results);
    }

    /**
     * Books a count of one lot in one location: when the counted quantity differs from on hand, an ADJUSTMENT ledger
     * entry for the difference with the reason code. A count below what is reserved is refused (release reservations
     * first).
     *
     * @throws InvalidInputException      (400) counted quantity missing or negative, reason code missing (for a
     *                                    difference) or not one of {@link CycleCountRequest#REASON_CODES}
     * @throws org.pharmadist.platform.errors.RecordNotFoundException (404) unknown lot or location
     * @throws InsufficientStockException (422 {@code insufficient-stock}) count below the reserved quantity
     */
    @RequiresPermission(module = "inventory", action = "adjust")
    public CycleCountResult count(CycleCountRequest request) {
        if (request == null || request.countedQuantity() == null || request.countedQuantity().signum() < 0) {
            throw new InvalidInputException("invalid-quantity", "countedQuantity", "counted quantity must be zero or more");
        }
        InventoryStore store = new InventoryStore(em);
        Lot lot = store.lot(request.lotId());
        Product product = store.product(lot.productId());
        StorageLocation location = store.location(request.locationId());
        BigDecimal counted = request.countedQuantity().setScale(Quantity.SCALE, RoundingMode.HALF_UP);
        StockBalance b = store.balanceForUpdate(product.id(), lot.id(), location.id());
        BigDecimal expected = b.onHand();
        BigDecimal difference = counted.subtract(expected);
        if (difference.signum() == 0) {
            return new CycleCountResult(lot.id(), location.id(), expected, counted, difference, product.stockUnit(), null);
        }
        String reason = request.reasonCode() == null ? null : request.reasonCode().strip().toUpperCase(java.util.Locale.ROOT);
        if (reason == null || !CycleCountRequest.REASON_CODES.contains(reason)) {
            throw new InvalidInputException("invalid-reason-code", "reasonCode", "the count differs by "
                    + difference.toPlainString() + "; give a reason code, one of " + CycleCountRequest.REASON_CODES);
        }
        Instant now = calendar.now();
        StockMovement m = StockMovement.apply(MovementType.ADJUSTMENT, b, difference, product.stockUnit(), reason,
                request.reference(), Actors.current(), now);
        em.persist(m);
        em.flush();
        events.fire(new StockChanged(product.id(), MovementType.ADJUSTMENT, request.reference(), difference, now));
        return new CycleCountResult(lot.id(), location.id(), expected, counted, difference, product.stockUnit(), m.id());
    }
}
