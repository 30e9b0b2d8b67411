package org.pharmadist.inventory.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.catalog.domain.InvalidNdcException;
import org.pharmadist.catalog.domain.Ndc;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.inventory.domain.Lot;
import org.pharmadist.inventory.domain.SellableRule;
import org.pharmadist.inventory.domain.StockBalance;
import org.pharmadist.inventory.domain.StorageLocation;
import org.pharmadist.inventory.domain.Warehouse;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;

/**
 * JPA access of the inventory services to the primary database: lookups that answer 400/404 in the error model,
 * and the row locks that serialise stock changes (PostgreSQL {@code SELECT ... FOR UPDATE}).
 */
public final class InventoryStore {

    /** Location predicate over {@code loc}: stock there may be allocated (active storage or receiving bins). */
    public static final String SQL_ALLOCATABLE_LOCATION = "(loc.active AND loc.location_type IN ('STORAGE', 'RECEIVING'))";

    private final EntityManager em;

    public InventoryStore(EntityManager em) {
        this.em = em;
    }

    /** The product by id, or 404 {@code product-not-found}. */
    public Product product(long id) {
        Product p = em.find(Product.class, id);
        if (p == null) {
            throw new RecordNotFoundException("product-not-found", "No product with id " + id);
        }
        return p;
    }

    /**
     * The product with this NDC (any format {@link Ndc#parse} accepts).
     *
     * @throws InvalidInputException   400 {@code invalid-ndc}, field {@code ndc}
     * @throws RecordNotFoundException 404 {@code product-not-found}
     */
    public Product productByNdc(String ndc) {
        String ndc11 = ndc11(ndc);
        List<Product> found = em.createQuery("SELECT p FROM Product p WHERE p.ndc11 = :n", Product.class)
                .setParameter("n", ndc11).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("product-not-found", "No product with NDC '" + ndc.strip() + "'");
        }
        return found.get(0);
    }

    /** The 11-digit NDC of any accepted NDC text, or 400 {@code invalid-ndc} naming field {@code ndc}. */
    public static String ndc11(String ndc) {
        try {
            return Ndc.parse(ndc == null ? "" : ndc.strip()).ndc11();
        } catch (InvalidNdcException e) {
            throw new InvalidInputException("invalid-ndc", "ndc", e.getMessage());
        }
    }

    /** The location, or 404 {@code location-not-found}. */
    public StorageLocation location(long id) {
        StorageLocation l = em.find(StorageLocation.class, id);
        if (l == null) {
            throw new RecordNotFoundException("location-not-found", "No warehouse location with id " + id);
        }
        return l;
    }

    /** The location by warehouse code and bin code, or 404 {@code location-not-found}. */
    public StorageLocation location(String warehouseCode, String locationCode) {
        List<StorageLocation> found = em.createQuery("SELECT l FROM StorageLocation l JOIN FETCH l.warehouse w "
                        + "WHERE w.code = :w AND l.code = :c", StorageLocation.class)
                .setParameter("w", warehouseCode == null ? "" : warehouseCode.strip().toUpperCase(java.util.Locale.ROOT))
                .setParameter("c", locationCode == null ? "" : locationCode.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("location-not-found",
                    "No location '" + locationCode + "' in warehouse '" + warehouseCode + "'");
        }
        return found.get(0);
    }

    /** The warehouse by code, or 404 {@code warehouse-not-found}. */
    public Warehouse warehouse(String code) {
        List<Warehouse> found = em.createQuery("SELECT w FROM Warehouse w WHERE w.code = :c", Warehouse.class)
                .setParameter("c", code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT)).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("warehouse-not-found", "No warehouse with code '" + code + "'");
        }
        return found.get(0);
    }

    /** The lot, or 404 {@code lot-not-found}. */
    public Lot lot(long id) {
        Lot lot = em.find(Lot.class, id);
        if (lot == null) {
            throw new RecordNotFoundException("lot-not-found", "No lot with id " + id);
        }
        return lot;
    }

    /** The lot, locked for update (status changes), or 404 {@code lot-not-found}. */
    public Lot lotForUpdate(long id) {
        Lot lot = em.find(Lot.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (lot == null) {
            throw new RecordNotFoundException("lot-not-found", "No lot with id " + id);
        }
        return lot;
    }

    /** The lot of a product by lot number, or null. */
    public Lot findLot(long productId, String lotNumber) {
        List<Lot> found = em.createQuery("SELECT l FROM Lot l WHERE l.productId = :p AND l.lotNumber = :n", Lot.class)
                .setParameter("p", productId).setParameter("n", lotNumber.strip()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The balance of a lot in a location, locked (FOR UPDATE) until the transaction ends; created empty when there
     * is none yet.
     */
    public StockBalance balanceForUpdate(long productId, long lotId, long locationId) {
        List<StockBalance> found = em.createQuery(
                        "SELECT b FROM StockBalance b WHERE b.lotId = :lot AND b.locationId = :loc", StockBalance.class)
                .setParameter("lot", lotId).setParameter("loc", locationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (!found.isEmpty()) {
            StockBalance b = found.get(0);
            em.refresh(b);
            return b;
        }
        StockBalance b = new StockBalance(productId, lotId, locationId);
        em.persist(b);
        em.flush();
        return b;
    }

    /**
     * Locks the balances a FEFO allocation may take from and returns them, fresh, in FEFO order: sellable lots
     * ({@link SellableRule#SQL_PREDICATE} with {@code earliestExpiry}) in allocatable locations with unreserved
     * stock, ordered by expiry (lots without expiry last), received date, lot number, location code. The rows stay
     * locked (SELECT ... FOR UPDATE OF the balance) until the transaction ends, so racing allocations serialise and
     * re-read what the winner left (PostgreSQL re-checks the WHERE clause on the newest row version).
     */
    public List<StockBalance> lockFefoCandidates(long productId, Long warehouseId, LocalDate earliestExpiry) {
        StringBuilder sql = new StringBuilder("SELECT b.id FROM stock_balance b JOIN lot l ON l.id = b.lot_id "
                + "JOIN storage_location loc ON loc.id = b.location_id WHERE b.product_id = ?1 AND b.on_hand - b.reserved > 0 AND ")
                .append(SellableRule.SQL_PREDICATE.replace("?", "?2")).append(" AND ").append(SQL_ALLOCATABLE_LOCATION);
        if (warehouseId != null) {
            sql.append(" AND loc.warehouse_id = ?3");
        }
        sql.append(" ORDER BY l.expiry_date ASC NULLS LAST, l.received_date, l.lot_number, loc.code, b.id FOR UPDATE OF b");
        var q = em.createNativeQuery(sql.toString()).setParameter(1, productId).setParameter(2, earliestExpiry);
        if (warehouseId != null) {
            q.setParameter(3, warehouseId);
        }
        List<StockBalance> out = new ArrayList<>();
        for (Object id : q.getResultList()) {
            StockBalance b = em.find(StockBalance.class, ((Number) id).longValue());
            em.refresh(b);
            out.add(b);
        }
        return out;
    }

    /** Locks a balance row by id and returns it fresh. */
    public StockBalance balanceForUpdate(long balanceId) {
        StockBalance b = em.find(StockBalance.class, balanceId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(b);
        return b;
    }
}
