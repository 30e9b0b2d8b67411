package org.pharmadist.inventory.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.util.Locale;
import org.pharmadist.catalog.domain.StorageCondition;
import org.pharmadist.inventory.domain.LocationType;
import org.pharmadist.inventory.domain.StorageLocation;
import org.pharmadist.inventory.domain.Warehouse;
import org.pharmadist.inventory.infrastructure.InventoryStore;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.security.RequiresPermission;

/** Maintenance of warehouses and their locations (inventory:adjust). Both are audited (Envers). */
@Stateless
@RequiresPermission(module = "inventory", action = "adjust")
public class WarehouseService {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    /**
     * Creates a warehouse.
     *
     * @param code     1-20 characters, upper-cased, unique
     * @param timeZone IANA zone id or null
     * @throws InvalidInputException (400) blank or too long code or name, unknown time zone
     * @throws ConflictException     (409 {@code warehouse-exists}) the code is taken
     */
    public WarehouseView createWarehouse(String code, String name, String address, String timeZone) {
        if (code == null || code.isBlank() || code.strip().length() > 20) {
            throw new InvalidInputException("invalid-code", "code", "code must be 1 to 20 characters");
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new InvalidInputException("invalid-name", "name", "name must be 1 to 200 characters");
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (!em.createQuery("SELECT w.id FROM Warehouse w WHERE w.code = :c", Long.class).setParameter("c", c)
                .getResultList().isEmpty()) {
            throw new ConflictException("warehouse-exists", "a warehouse with code " + c + " exists");
        }
        Warehouse w;
        try {
            w = new Warehouse(c, name, address, timeZone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("invalid-time-zone", "timeZone", "time zone '" + timeZone
                    + "' is not an IANA zone id such as America/New_York");
        }
        em.persist(w);
        em.flush();
        return view(w);
    }

    /**
     * Creates a location in a warehouse.
     *
     * @param storageCondition ROOM_TEMPERATURE, REFRIGERATED or FROZEN
     * @param type             RECEIVING, STORAGE, QUARANTINE or SHIPPING
     * @throws InvalidInputException (400) blank or too long code, unknown condition or type
     * @throws org.pharmadist.platform.errors.RecordNotFoundException (404) unknown warehouse
     * @throws ConflictException     (409 {@code location-exists}) the code is taken in that warehouse
     */
    public LocationView createLocation(String warehouseCode, String code, String storageCondition, String type) {
        Warehouse w = new InventoryStore(em).warehouse(warehouseCode);
        if (code == null || code.isBlank() || code.strip().length() > 30) {
            throw new InvalidInputException("invalid-code", "code", "code must be 1 to 30 characters");
        }
        StorageCondition condition = parse(StorageCondition.class, storageCondition, "storageCondition");
        LocationType locationType = parse(LocationType.class, type, "type");
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (!em.createQuery("SELECT l.id FROM StorageLocation l WHERE l.warehouse = :w AND l.code = :c", Long.class)
                .setParameter("w", w).setParameter("c", c).getResultList().isEmpty()) {
            throw new ConflictException("location-exists", "warehouse " + w.code() + " already has location " + c);
        }
        StorageLocation l = new StorageLocation(w, c, condition, locationType);
        em.persist(l);
        em.flush();
        return view(l);
    }

    /** Opens or closes a location. @throws RecordNotFoundException (404) unknown location */
    public LocationView setLocationActive(long locationId, boolean active) {
        StorageLocation l = new InventoryStore(em).location(locationId);
        l.setActive(active);
        return view(l);
    }

    /**
     * Opens or closes a location named by warehouse and bin code (idempotent).
     *
     * @throws org.pharmadist.platform.errors.RecordNotFoundException (404 {@code location-not-found})
     */
    public LocationView setLocationActive(String warehouseCode, String locationCode, boolean active) {
        StorageLocation l = new InventoryStore(em).location(warehouseCode, locationCode);
        l.setActive(active);
        return view(l);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid-" + field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT),
                    field, field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static WarehouseView view(Warehouse w) {
        return new WarehouseView(w.id(), w.code(), w.name(), w.address(), w.timeZone());
    }

    static LocationView view(StorageLocation l) {
        return new LocationView(l.id(), l.warehouse().code(), l.code(), l.storageCondition().name(), l.type().name(),
                l.active());
    }
}
