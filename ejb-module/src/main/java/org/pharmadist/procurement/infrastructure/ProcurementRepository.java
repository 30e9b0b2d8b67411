package org.pharmadist.procurement.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import org.pharmadist.catalog.domain.Gtin;
import org.pharmadist.catalog.domain.InvalidGtinException;
import org.pharmadist.catalog.domain.InvalidNdcException;
import org.pharmadist.catalog.domain.Ndc;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.procurement.domain.PurchaseOrder;
import org.pharmadist.procurement.domain.Supplier;
import org.pharmadist.procurement.domain.SupplierInvoice;

/**
 * Lookups of procurement records (and the catalog products they use) on the primary persistence unit, with
 * refusals in the platform's error model. Not a bean: services create it around their entity manager.
 */
public final class ProcurementRepository {

    private final EntityManager em;

    public ProcurementRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The product with this NDC (10-digit hyphenated, 11-digit) or GTIN-14.
     *
     * @param field input field named in refusals
     * @throws InvalidInputException   "invalid-product-identifier" for text that is neither
     * @throws RecordNotFoundException "product-not-found"
     */
    public Product product(String identifier, String field) {
        String text = identifier == null ? "" : identifier.strip();
        List<Product> found;
        if (text.length() == 14 && text.chars().allMatch(Character::isDigit)) {
            Gtin gtin;
            try {
                gtin = Gtin.of(text);
            } catch (InvalidGtinException e) {
                throw new InvalidInputException("invalid-product-identifier", field, e.getMessage());
            }
            found = em.createQuery("SELECT p FROM Product p WHERE p.gtin14 = :gtin", Product.class)
                    .setParameter("gtin", gtin.value()).getResultList();
        } else {
            Ndc ndc;
            try {
                ndc = Ndc.parse(text);
            } catch (InvalidNdcException e) {
                throw new InvalidInputException("invalid-product-identifier", field, e.getMessage());
            }
            found = em.createQuery("SELECT p FROM Product p WHERE p.ndc11 = :ndc11", Product.class)
                    .setParameter("ndc11", ndc.ndc11()).getResultList();
        }
        if (found.isEmpty()) {
            throw new RecordNotFoundException("product-not-found", "No product with NDC or GTIN '" + text + "'");
        }
        return found.get(0);
    }

    /** @throws RecordNotFoundException "supplier-not-found" */
    public Supplier supplier(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        return em.createQuery("SELECT s FROM Supplier s WHERE s.code = :code", Supplier.class).setParameter("code", c)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("supplier-not-found", "No supplier with code '" + c + "'"));
    }

    /** True when a supplier has this code. */
    public boolean supplierExists(String code) {
        return !em.createQuery("SELECT s.id FROM Supplier s WHERE s.code = :code", Long.class).setParameter("code", code)
                .getResultList().isEmpty();
    }

    /**
     * The purchase order with this number, optionally locked for the rest of the transaction (receipts and
     * invoices lock the order so that concurrent receipts cannot both pass the over-receipt check).
     *
     * @throws RecordNotFoundException "purchase-order-not-found"
     */
    public PurchaseOrder purchaseOrder(String number, boolean lock) {
        String n = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        var q = em.createQuery("SELECT po FROM PurchaseOrder po WHERE po.number = :n", PurchaseOrder.class).setParameter("n", n);
        if (lock) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultStream().findFirst().orElseThrow(() -> new RecordNotFoundException("purchase-order-not-found",
                "No purchase order " + n));
    }

    /**
     * Checks that the inventory warehouse exists.
     *
     * @throws RecordNotFoundException "warehouse-not-found"
     */
    public void requireWarehouse(long warehouseId) {
        if (em.createNativeQuery("SELECT id FROM warehouse WHERE id = ?1").setParameter(1, warehouseId).getResultList().isEmpty()) {
            throw new RecordNotFoundException("warehouse-not-found", "No warehouse with id " + warehouseId);
        }
    }

    /**
     * The warehouse of an inventory location, or null when there is no such location.
     */
    public Long warehouseOfLocation(long locationId) {
        List<?> r = em.createNativeQuery("SELECT warehouse_id FROM storage_location WHERE id = ?1").setParameter(1, locationId)
                .getResultList();
        return r.isEmpty() ? null : ((Number) r.get(0)).longValue();
    }

    /** @throws RecordNotFoundException "supplier-invoice-not-found" */
    public SupplierInvoice invoice(long id) {
        SupplierInvoice i = em.find(SupplierInvoice.class, id);
        if (i == null) {
            throw new RecordNotFoundException("supplier-invoice-not-found", "No supplier invoice with id " + id);
        }
        return i;
    }

    /**
     * The next number of a document type, e.g. "PO-2026-000123", from its database sequence.
     *
     * @param prefix   "PO" or "GR"
     * @param sequence the sequence name
     * @param today    business date (company time zone): its year goes into the number
     */
    public String nextNumber(String prefix, String sequence, LocalDate today) {
        long n = ((Number) em.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult()).longValue();
        return String.format("%s-%d-%06d", prefix, today.getYear(), n);
    }
}
