package org.pharmadist.inventory.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.inventory.domain.ExpiryDate;
import org.pharmadist.inventory.domain.StorageLocation;
import org.pharmadist.inventory.infrastructure.InventoryStore;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * Receipts entered directly (put-away by the warehouse, integrators, tests), in their own transaction, booked through
 * {@link StockReceiving} with all its rules (inventory:move).
 */
@Stateless
@RequiresPermission(module = "inventory", action = "move")
public class StockReceiptService {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @EJB
    StockReceiving receiving;

    /**
     * Books a receipt given by NDC, location codes and printed expiry.
     *
     * @throws InvalidInputException (400 {@code invalid-expiry}, field {@code expiry}) unparseable expiry; and every
     *         error of {@link StockReceiving#receive}
     */
    public ReceivedStock receive(ReceiptRequest r) {
        if (r == null) {
            throw new InvalidInputException("invalid-receipt", "ndc", "receipt is missing");
        }
        InventoryStore store = new InventoryStore(em);
        Product product = store.productByNdc(r.ndc());
        StorageLocation location = store.location(r.warehouseCode(), r.locationCode());
        LocalDate expiry = null;
        if (r.expiry() != null && !r.expiry().isBlank()) {
            try {
                expiry = ExpiryDate.parse(r.expiry()).date();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("invalid-expiry", "expiry", e.getMessage());
            }
        }
        java.math.BigDecimal quantity = StockAllocationService.toStockUnits(product, r.quantity());
        return receiving.receive(new StockReceipt(product.id(), location.id(), r.lotNumber(), expiry, r.manufacturer(),
                quantity, r.unitCost(), r.serialNumbers(), r.sourceDocument()));
    }
}
