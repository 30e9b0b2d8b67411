package org.pharmadist.inventory.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.inventory.domain.InventoryRuleException;
import org.pharmadist.inventory.domain.Lot;
import org.pharmadist.inventory.domain.LotStatus;
import org.pharmadist.inventory.domain.MovementType;
import org.pharmadist.inventory.domain.ProductCost;
import org.pharmadist.inventory.domain.SerialNumber;
import org.pharmadist.inventory.domain.StockBalance;
import org.pharmadist.inventory.domain.StockChanged;
import org.pharmadist.inventory.domain.StockMovement;
import org.pharmadist.inventory.domain.StorageLocation;
import org.pharmadist.inventory.infrastructure.Actors;
import org.pharmadist.inventory.infrastructure.InventoryStore;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.events.DomainEvent;

/**
 * Books received stock ({@link StockReceiving}) in the caller's transaction (MANDATORY). It checks no permission of
 * its own: it is reachable only from a service already in a transaction that checked the caller's permission
 * (procurement's goods receipt: procurement:receive; {@link StockReceiptService}: inventory:move; sales returns).
 */
@Stateless
@Local(StockReceiving.class)
@jakarta.ejb.LocalBean
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StockReceivingService implements StockReceiving {

    /** Longest serial number (GS1 AI 21: up to 20 alphanumeric characters). */
    static final int SERIAL_MAX_LENGTH = 20;

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    InventoryCalendar calendar;

    @Inject
    Event<DomainEvent> events;

    @Override
    public ReceivedStock receive(StockReceipt receipt) {
        return book(receipt, MovementType.RECEIPT);
    }

    /**
     * Books a customer return (RETURN ledger entry) with the same rules as {@link #receive}; a returned lot keeps its
     * status (a QUARANTINE location is the usual destination until the return is inspected).
     */
    public ReceivedStock receiveReturn(StockReceipt receipt) {
        return book(receipt, MovementType.RETURN);
    }

    private ReceivedStock book(StockReceipt r, MovementType type) {
        if (r == null) {
            throw new InvalidInputException("invalid-receipt", "receipt", "receipt is missing");
        }
        InventoryStore store = new InventoryStore(em);
        Product product = store.product(r.productId());
        StorageLocation location = store.location(r.locationId());
        if (r.quantity() == null || r.quantity().signum() <= 0) {
            throw new InvalidInputException("invalid-quantity", "quantity", "quantity must be greater than zero");
        }
        BigDecimal quantity = r.quantity().setScale(Quantity.SCALE, RoundingMode.HALF_UP);
        if (r.unitCost() != null && r.unitCost().signum() < 0) {
            throw new InvalidInputException("invalid-unit-cost", "unitCost", "unit cost must not be negative");
        }
        boolean lotMissing = r.lotNumber() == null || r.lotNumber().isBlank();
        if (product.isPrescription() && (lotMissing || r.expiryDate() == null)) {
            throw new InvalidInputException("lot-and-expiry-required", lotMissing ? "lotNumber" : "expiryDate",
                    "lot number and expiry date are required for prescription product " + product.ndc11()
                            + " (DSCSA, 21 U.S.C. 360eee)");
        }
        if (lotMissing) {
            throw new InvalidInputException("lot-number-required", "lotNumber", "lot number is required");
        }
        if (r.lotNumber().strip().length() > 40) {
            throw new InvalidInputException("invalid-lot-number", "lotNumber", "lot number is longer than 40 characters");
        }
        if (!location.active()) {
            throw new InventoryRuleException("location-inactive", "locationId", "location " + location.code() + " is closed");
        }
        if (!location.accepts(product)) {
            throw new InventoryRuleException(InventoryRuleException.STORAGE_CONDITION_MISMATCH, "locationId",
                    "product " + product.ndc11() + " needs " + product.storageCondition().label() + " but location "
                            + location.code() + " is " + location.storageCondition().label());
        }
        List<String> serials = checkSerials(product, r.serialNumbers(), quantity, type);

        Instant now = calendar.now();
        Lot lot = store.findLot(product.id(), r.lotNumber());
        if (lot == null) {
            LotStatus initial = product.qualityReleaseRequired() ? LotStatus.QUARANTINE : LotStatus.AVAILABLE;
            lot = new Lot(product.id(), r.lotNumber(), r.expiryDate(),
                    r.manufacturer() == null || r.manufacturer().isBlank() ? product.labeler() : r.manufacturer().strip(),
                    calendar.today(), initial);
            em.persist(lot);
            em.flush();
        } else if (r.expiryDate() != null && lot.expiryDate() != null && !lot.expiryDate().equals(r.expiryDate())) {
            throw new InvalidInputException("expiry-mismatch", "expiryDate", "lot " + lot.lotNumber() + " of "
                    + product.ndc11() + " is already known with expiry " + lot.expiryDate() + ", not " + r.expiryDate());
        } else if (product.qualityReleaseRequired() && type == MovementType.RECEIPT && lot.status() == LotStatus.AVAILABLE) {
            // a new delivery of a released lot of a release-controlled product is held again until released
            lot.changeStatus(LotStatus.QUARANTINE);
        }

        if (r.unitCost() != null && type == MovementType.RECEIPT) {
            updateAverageCost(product.id(), quantity, r.unitCost(), now);
        }
        StockBalance balance = store.balanceForUpdate(product.id(), lot.id(), location.id());
        StockMovement movement = StockMovement.apply(type, balance, quantity, product.stockUnit(), null,
                r.sourceDocument(), Actors.current(), now);
        em.persist(movement);
        for (String s : serials) {
            List<SerialNumber> known = em.createQuery("SELECT s FROM SerialNumber s WHERE s.productId = :p AND s.serial = :s",
                    SerialNumber.class).setParameter("p", product.id()).setParameter("s", s).getResultList();
            if (known.isEmpty()) {
                em.persist(new SerialNumber(product.id(), s, lot.id(), location.id(), now));
            } else {
                known.get(0).returned(lot.id(), location.id()); // a returned package comes back under its serial
            }
        }
        em.flush();
        events.fire(new StockChanged(product.id(), type, r.sourceDocument(), movement.quantity(), now));
        return new ReceivedStock(lot.id(), lot.lotNumber(), lot.expiryDate(), lot.status(), movement.id(), quantity);
    }

    private void updateAverageCost(long productId, BigDecimal quantity, BigDecimal unitCost, Instant now) {
        ProductCost cost = em.find(ProductCost.class, productId, LockModeType.PESSIMISTIC_WRITE);
        BigDecimal onHand = (BigDecimal) em.createNativeQuery(
                "SELECT coalesce(sum(on_hand), 0) FROM stock_balance WHERE product_id = ?1")
                .setParameter(1, productId).getSingleResult();
        if (cost == null) {
            em.persist(new ProductCost(productId, unitCost, now));
        } else {
            cost.receive(onHand, quantity, unitCost, now);
        }
    }

    private List<String> checkSerials(Product product, List<String> serials, BigDecimal quantity, MovementType type) {
        if (!product.serialised()) {
            if (!serials.isEmpty()) {
                throw new InvalidInputException("serials-not-expected", "serialNumbers",
                        "product " + product.ndc11() + " is not serialised; send no serial numbers");
            }
            return List.of();
        }
        if (quantity.stripTrailingZeros().scale() > 0 || quantity.compareTo(BigDecimal.valueOf(serials.size())) != 0) {
            throw new InvalidInputException("serials-per-package", "serialNumbers", "product " + product.ndc11()
                    + " is serialised (DSCSA): send exactly one serial number per package; " + quantity.toPlainString()
                    + " packages, " + serials.size() + " serial numbers");
        }
        Set<String> seen = new HashSet<>();
        for (String s : serials) {
            if (s == null || s.isBlank() || s.strip().length() > SERIAL_MAX_LENGTH) {
                throw new InvalidInputException("invalid-serial-number", "serialNumbers",
                        "serial numbers must be 1 to " + SERIAL_MAX_LENGTH + " characters (GS1 AI 21)");
            }
            if (!seen.add(s.strip())) {
                throw new InvalidInputException("duplicate-serial-number", "serialNumbers",
                        "serial number " + s.strip() + " is given twice");
            }
        }
        // a receipt brings new serials; a return brings back serials that were shipped (or unknown ones)
        jakarta.persistence.TypedQuery<String> existing = em.createQuery(
                "SELECT s.serial FROM SerialNumber s WHERE s.productId = :p AND s.serial IN :s"
                        + (type == MovementType.RETURN ? " AND s.status <> :shipped" : ""), String.class)
                .setParameter("p", product.id()).setParameter("s", seen);
        if (type == MovementType.RETURN) {
            existing.setParameter("shipped", SerialNumber.Status.SHIPPED);
        }
        List<String> clash = existing.getResultList();
        if (!clash.isEmpty()) {
            throw new InvalidInputException("duplicate-serial-number", "serialNumbers", "serial number(s) "
                    + String.join(", ", clash) + " of product " + product.ndc11() + " are already in stock");
        }
        return List.copyOf(seen);
    }
}
