package org.pharmadist.inventory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pharmadist.catalog.domain.StorageCondition;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.inventory.application.LocationView;
import org.pharmadist.inventory.application.WarehouseService;
import org.pharmadist.inventory.application.WarehouseView;
import org.pharmadist.inventory.domain.LocationType;
import org.pharmadist.platform.web.PortalMessages;

/**
 * Warehouses and their locations ({@code inventory/warehouses.xhtml}, inventory:view); users with inventory:adjust
 * create a location with its storage condition and type. Refusals appear beside the field at fault.
 */
@Named
@ViewScoped
public class WarehousesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "locationForm:";

    @Inject
    InventoryQueryService inventory;

    @Inject
    WarehouseService warehouseService;

    private List<WarehouseView> warehouses = List.of();
    private List<LocationView> locations = List.of();
    private String warehouseCode;
    private String code;
    private String storageCondition;
    private String type = LocationType.STORAGE.name();

    /** View action: lists warehouses and locations. */
    public void load() {
        try {
            warehouses = inventory.warehouses();
            locations = inventory.locations(null);
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    /** Creates the location entered. */
    public void createLocation() {
        boolean ok = true;
        if (warehouseCode == null || warehouseCode.isBlank()) {
            InventoryPages.fieldError(FORM + "warehouse", "Choose the warehouse.");
            ok = false;
        }
        if (code == null || code.isBlank()) {
            InventoryPages.fieldError(FORM + "code", "Enter the location (bin) code, e.g. A-01-01.");
            ok = false;
        }
        if (storageCondition == null || storageCondition.isBlank()) {
            InventoryPages.fieldError(FORM + "storageCondition", "Choose the storage condition the location keeps.");
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            LocationView l = warehouseService.createLocation(warehouseCode, code, storageCondition, type);
            InventoryPages.info("Location " + l.warehouseCode() + " / " + l.code() + " created (" + l.storageCondition()
                    + ", " + l.type() + ").");
            code = null;
        } catch (RuntimeException e) {
            if (e instanceof org.pharmadist.platform.errors.ConflictException) {
                InventoryPages.fieldError(FORM + "code", e.getMessage());
                return;
            }
            InventoryPages.show(e, Map.of("code", FORM + "code", "storageCondition", FORM + "storageCondition",
                    "type", FORM + "type", "warehouseCode", FORM + "warehouse"));
            return;
        }
        load();
    }

    /** Storage conditions (USP 659 ranges). */
    public List<StorageCondition> getStorageConditions() {
        return Arrays.asList(StorageCondition.values());
    }

    /** Location types. */
    public List<String> getTypes() {
        return Arrays.stream(LocationType.values()).map(Enum::name).toList();
    }

    public List<WarehouseView> getWarehouses() {
        return warehouses;
    }

    public List<LocationView> getLocations() {
        return locations;
    }

    public String getWarehouseCode() {
        return warehouseCode;
    }

    public void setWarehouseCode(String warehouseCode) {
        this.warehouseCode = warehouseCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getStorageCondition() {
        return storageCondition;
    }

    public void setStorageCondition(String storageCondition) {
        this.storageCondition = storageCondition;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
