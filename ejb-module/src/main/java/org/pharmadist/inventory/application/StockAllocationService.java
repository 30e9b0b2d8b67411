package org.pharmadist.inventory.application;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitNotDefinedException;
import org.pharmadist.inventory.domain.FefoOrder;
import org.pharmadist.inventory.domain.InventoryRuleException;
import org.pharmadist.inventory.domain.Lot;
import org.pharmadist.inventory.domain.MovementType;
import org.pharmadist.inventory.domain.ReservationStatus;
import org.pharmadist.inventory.domain.SellableRule;
import org.pharmadist.inventory.domain.SerialNumber;
import org.pharmadist.inventory.domain.StockBalance;
import org.pharmadist.inventory.domain.StockChanged;
import org.pharmadist.inventory.domain.StockMovement;
import org.pharmadist.inventory.domain.StockReservation;
import org.pharmadist.inventory.domain.StorageLocation;
import org.pharmadist.inventory.infrastructure.Actors;
import org.pharmadist.inventory.infrastructure.InventoryStore;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * Reserves stock for demands first-expired-first-out (FEFO), releases, picks and ships it. Inventory knows nothing of
 * customers or orders: callers (sales, integrators) name the demand with their own reference ("SO-123/2") and pass
 * the customer's minimum remaining shelf life.
 *
 * <p>No oversell under concurrency: an allocation locks the candidate balance rows in FEFO order
 * ({@code SELECT ... FOR UPDATE}) before it reads what is free, so racing allocations of the same product queue on
 * the rows and each sees what the previous one left; the database CHECK {@code reserved <= on_hand} is the last
 * guard. Every change writes its ledger entry (ALLOCATION, DEALLOCATION, PICK, SHIPMENT) in the same transaction.
 */
@Stateless
@RequiresPermission(module = "inventory", action = "move")
public class StockAllocationService {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    InventoryCalendar calendar;

    @Inject
    Event<DomainEvent> events;

    /**
     * Reserves stock for a demand, FEFO: lots sellable today (company time zone) with at least the minimum remaining
     * shelf life, in allocatable locations (active STORAGE/RECEIVING), in the order expiry date, received date, lot
     * number, location code ({@link FefoOrder}). Never takes an expired, quarantined, recalled or damaged lot. Takes what there is and
     * reports the rest as shortfall (the caller backorders it); allocating again for the same demand adds to it.
     *
     * @return the reservations made (possibly none) and the shortfall, in the stock unit
     * @throws InvalidInputException   (400) blank or over-long demand reference, quantity missing or not positive,
     *                                 a unit the product does not define, negative minimum shelf life
     * @throws RecordNotFoundException (404) unknown product
     */
    public AllocationResult allocate(AllocationRequest request) {
        if (request == null) {
            throw new InvalidInputException("invalid-allocation", "demandReference", "allocation request is missing");
        }
        String demand = demandReference(request.demandReference());
        int minShelfLife = request.minShelfLifeDays() == null ? 0 : request.minShelfLifeDays();
        if (minShelfLife < 0) {
            throw new InvalidInputException("invalid-min-shelf-life", "minShelfLifeDays",
                    "minimum shelf life must be zero or more days");
        }
        InventoryStore store = new InventoryStore(em);
        Product product = store.product(request.productId());
        BigDecimal wanted = toStockUnits(product, request.quantity());
        LocalDate today = calendar.today();
        Instant now = calendar.now();
        String actor = Actors.current();

        List<AllocationLine> lines = new ArrayList<>();
        BigDecimal remaining = wanted;
        List<StockBalance> candidates = new ArrayList<>(store.lockFefoCandidates(product.id(), request.warehouseId(),
                SellableRule.earliestAcceptableExpiry(today, minShelfLife)));
        // the rows are locked in the database's FEFO order; the authoritative order is FefoOrder (Java string order of
        // lot number and location code, independent of the database collation)
        Map<Long, FefoOrder.Candidate> keys = new HashMap<>();
        for (StockBalance b : candidates) {
            Lot lot = store.lot(b.lotId());
            keys.put(b.id(), new FefoOrder.Candidate(lot.expiryDate(), lot.receivedDate(), lot.lotNumber(),
                    store.location(b.locationId()).code()));
        }
        candidates.sort(java.util.Comparator.comparing(b -> keys.get(b.id()), FefoOrder.ORDER));
        for (StockBalance b : candidates) {
            if (remaining.signum() <= 0) {
                break;
            }
            BigDecimal take = b.unreserved().min(remaining);
            if (take.signum() <= 0) {
                continue;
            }
            em.persist(StockMovement.apply(MovementType.ALLOCATION, b, take, product.stockUnit(), null, demand, actor, now));
            StockReservation reservation = new StockReservation(demand, b, take, now);
            em.persist(reservation);
            remaining = remaining.subtract(take);
            lines.add(line(store, reservation));
        }
        em.flush();
        BigDecimal allocated = wanted.subtract(remaining);
        if (allocated.signum() > 0) {
            events.fire(new StockChanged(product.id(), MovementType.ALLOCATION, demand, allocated, now));
        }
        return new AllocationResult(demand, product.id(), wanted, allocated, remaining, product.stockUnit(), lines);
    }

    /**
     * Releases every open (allocated or picked, not shipped) reservation of a demand, e.g. when the order line is
     * cancelled: DEALLOCATION entries, reserved stock becomes free again, picked serials go back in stock.
     *
     * @return the reservations released (empty when the demand had none open)
     * @throws InvalidInputException (400) blank demand reference
     */
    public List<AllocationLine> release(String demandReference) {
        String demand = demandReference(demandReference);
        InventoryStore store = new InventoryStore(em);
        Instant now = calendar.now();
        String actor = Actors.current();
        List<AllocationLine> released = new ArrayList<>();
        for (StockReservation r : openReservations(demand)) {
            StockBalance b = store.balanceForUpdate(r.balanceId());
            Product product = store.product(r.productId());
            em.persist(StockMovement.apply(MovementType.DEALLOCATION, b, r.quantity(), product.stockUnit(), null, demand,
                    actor, now));
            for (SerialNumber s : serialsOf(r)) {
                s.unpick();
            }
            r.released();
            released.add(line(store, r));
            events.fire(new StockChanged(r.productId(), MovementType.DEALLOCATION, demand, r.quantity().negate(), now));
        }
        em.flush();
        return released;
    }

    /**
     * Picks every allocated reservation of a demand (a PICK ledger entry each), taking the serial numbers of the
     * packages for serialised products: each serial must be in stock in the lot and location of one of the demand's
     * reservations, and each reservation of a serialised product needs exactly one serial per package. The lot must
     * still be sellable today (a lot quarantined or recalled after allocation is refused).
     *
     * @param serialNumbers serials of the picked packages (serialised products), else empty or null
     * @return the picked lines with their serials
     * @throws RecordNotFoundException (404 {@code demand-not-found}) no allocated reservation for the demand
     * @throws InvalidInputException   (400) serials missing, unknown, not in the reserved lot/location, or extra
     * @throws InventoryRuleException  (422 {@code lot-not-sellable}) a reserved lot is no longer sellable
     */
    public List<PickedLine> pick(String demandReference, List<String> serialNumbers) {
        String demand = demandReference(demandReference);
        InventoryStore store = new InventoryStore(em);
        LocalDate today = calendar.today();
        Instant now = calendar.now();
        String actor = Actors.current();
        List<StockReservation> reservations = openReservations(demand).stream()
                .filter(r -> r.status() == ReservationStatus.ALLOCATED).toList();
        if (reservations.isEmpty()) {
            throw new RecordNotFoundException("demand-not-found", "No allocated stock for demand '" + demand + "'");
        }
        Set<String> unused = new HashSet<>();
        if (serialNumbers != null) {
            serialNumbers.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).forEach(unused::add);
        }
        List<PickedLine> picked = new ArrayList<>();
        for (StockReservation r : reservations) {
            Lot lot = store.lot(r.lotId());
            requireSellable(lot, today);
            Product product = store.product(r.productId());
            StockBalance b = store.balanceForUpdate(r.balanceId());
            List<String> serials = new ArrayList<>();
            if (product.serialised()) {
                Map<String, SerialNumber> inPlace = new HashMap<>();
                for (SerialNumber s : em.createQuery("SELECT s FROM SerialNumber s WHERE s.productId = :p AND s.lotId = :l "
                                + "AND s.locationId = :loc AND s.status = :st AND s.serial IN :serials", SerialNumber.class)
                        .setParameter("p", product.id()).setParameter("l", r.lotId()).setParameter("loc", r.locationId())
                        .setParameter("st", SerialNumber.Status.IN_STOCK)
                        .setParameter("serials", unused.isEmpty() ? Set.of("") : unused).getResultList()) {
                    inPlace.put(s.serial(), s);
                }
                int packages = r.quantity().intValue();
                if (inPlace.size() < packages) {
                    throw new InvalidInputException("serials-per-package", "serialNumbers", "lot " + lot.lotNumber()
                            + " at location " + r.locationId() + " needs " + packages + " serial number(s) of packages in "
                            + "stock there (DSCSA); " + inPlace.size() + " given");
                }
                inPlace.values().stream().sorted(java.util.Comparator.comparing(SerialNumber::serial)).limit(packages)
                        .forEach(s -> {
                            s.pick(r.id());
                            serials.add(s.serial());
                            unused.remove(s.serial());
                        });
            }
            StockMovement m = StockMovement.apply(MovementType.PICK, b, r.quantity(), product.stockUnit(), null, demand,
                    actor, now);
            em.persist(m);
            r.picked();
            em.flush();
            picked.add(new PickedLine(r.id(), lot.id(), lot.lotNumber(), r.locationId(), r.quantity(), serials, m.id()));
        }
        if (!unused.isEmpty()) {
            throw new InvalidInputException("serial-not-reserved", "serialNumbers", "serial number(s) "
                    + String.join(", ", unused) + " are not in stock in a lot and location reserved for " + demand);
        }
        return picked;
    }

    /**
     * Ships every picked reservation of a demand: the stock leaves (SHIPMENT ledger entries: on hand and reserved
     * down), picked serials are marked shipped. The lot must still be sellable today.
     *
     * @param shipmentDocument the shipment's reference kept on the ledger, e.g. "SH-2026-000045"; the demand
     *                         reference when null
     * @return the shipped lines with their serials
     * @throws RecordNotFoundException (404 {@code demand-not-found}) nothing picked for the demand
     * @throws InventoryRuleException  (422 {@code lot-not-sellable}) a lot is no longer sellable
     */
    public List<PickedLine> ship(String demandReference, String shipmentDocument) {
        String demand = demandReference(demandReference);
        String document = shipmentDocument == null || shipmentDocument.isBlank() ? demand : shipmentDocument.strip();
        InventoryStore store = new InventoryStore(em);
        LocalDate today = calendar.today();
        Instant now = calendar.now();
        String actor = Actors.current();
        List<StockReservation> reservations = openReservations(demand).stream()
                .filter(r -> r.status() == ReservationStatus.PICKED).toList();
        if (reservations.isEmpty()) {
            throw new RecordNotFoundException("demand-not-found", "No picked stock for demand '" + demand + "'");
        }
        List<PickedLine> shipped = new ArrayList<>();
        for (StockReservation r : reservations) {
            Lot lot = store.lot(r.lotId());
            requireSellable(lot, today);
            Product product = store.product(r.productId());
            StockBalance b = store.balanceForUpdate(r.balanceId());
            List<String> serials = new ArrayList<>();
            for (SerialNumber s : serialsOf(r)) {
                s.ship();
                serials.add(s.serial());
            }
            StockMovement m = StockMovement.apply(MovementType.SHIPMENT, b, r.quantity(), product.stockUnit(), null,
                    document, actor, now);
            em.persist(m);
            r.shipped();
            em.flush();
            shipped.add(new PickedLine(r.id(), lot.id(), lot.lotNumber(), r.locationId(), r.quantity(), serials, m.id()));
            events.fire(new StockChanged(r.productId(), MovementType.SHIPMENT, document, m.quantity(), now));
        }
        return shipped;
    }

    /**
     * The reservations of a demand, any status, oldest first.
     *
     * @throws InvalidInputException (400) blank demand reference
     */
    public List<AllocationLine> reservations(String demandReference) {
        String demand = demandReference(demandReference);
        InventoryStore store = new InventoryStore(em);
        return em.createQuery("SELECT r FROM StockReservation r WHERE r.demandReference = :d ORDER BY r.id",
                        StockReservation.class).setParameter("d", demand).getResultList().stream()
                .map(r -> line(store, r)).toList();
    }

    private List<StockReservation> openReservations(String demand) {
        return em.createQuery("SELECT r FROM StockReservation r WHERE r.demandReference = :d AND r.status IN :s "
                        + "ORDER BY r.id", StockReservation.class)
                .setParameter("d", demand)
                .setParameter("s", List.of(ReservationStatus.ALLOCATED, ReservationStatus.PICKED)).getResultList();
    }

    private List<SerialNumber> serialsOf(StockReservation r) {
        return em.createQuery("SELECT s FROM SerialNumber s WHERE s.reservationId = :r ORDER BY s.serial", SerialNumber.class)
                .setParameter("r", r.id()).getResultList();
    }

    private static void requireSellable(Lot lot, LocalDate today) {
        if (!lot.isSellableOn(today)) {
            throw new InventoryRuleException("lot-not-sellable", "demandReference", "lot " + lot.lotNumber() + " is "
                    + (SellableRule.isExpired(lot.expiryDate(), today) ? "past its expiry date " + lot.expiryDate()
                    : lot.status().name()) + " and cannot be picked or shipped; release the demand and allocate again");
        }
    }

    private AllocationLine line(InventoryStore store, StockReservation r) {
        Lot lot = store.lot(r.lotId());
        StorageLocation loc = store.location(r.locationId());
        return new AllocationLine(r.id(), lot.id(), lot.lotNumber(), lot.expiryDate(), loc.id(), loc.warehouse().code(),
                loc.code(), r.quantity(), r.status().name());
    }

    static String demandReference(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 100) {
            throw new InvalidInputException("invalid-demand-reference", "demandReference",
                    "demand reference must be 1 to 100 characters, e.g. \"SO-123/2\"");
        }
        return text.strip();
    }

    /** The quantity in the product's stock unit, scale 3, or 400 naming field {@code quantity}. */
    static BigDecimal toStockUnits(Product product, Quantity quantity) {
        if (quantity == null || quantity.amount().signum() <= 0) {
            throw new InvalidInputException("invalid-quantity", "quantity", "quantity must be greater than zero");
        }
        try {
            return product.toStockUnits(quantity).amount().setScale(Quantity.SCALE, RoundingMode.HALF_UP);
        } catch (UnitNotDefinedException e) {
            throw new InvalidInputException("unit-not-defined", "unit", e.getMessage());
        }
    }
}
