package org.pharmadist.inventory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.inventory.application.LocationView;
import org.pharmadist.inventory.application.StockLine;
import org.pharmadist.inventory.application.StockMovementService;
import org.pharmadist.inventory.application.TransferRequest;
import org.pharmadist.inventory.application.TransferResult;
import org.pharmadist.inventory.application.WarehouseView;
import org.pharmadist.platform.web.PortalMessages;

/**
 * The transfer screen ({@code inventory/transfer.xhtml?lotId=...&fromLocationId=...}, inventory:move): choose the
 * warehouse, location and lot to move from, the quantity in any unit of the product and the destination location.
 * The service's refusals appear beside the field at fault (storage condition beside the destination, too much beside
 * the quantity); a booked transfer is confirmed with its two ledger entries.
 */
@Named
@ViewScoped
public class TransferView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "transferForm:";
    private static final Map<String, String> FIELDS = Map.of("lotId", FORM + "lot", "fromLocationId", FORM + "fromLocation",
            "toLocationId", FORM + "toLocation", "quantity", FORM + "quantity", "unit", FORM + "unit",
            "serialNumbers", FORM + "serials");

    @Inject
    InventoryQueryService inventory;

    @Inject
    StockMovementService movements;

    private List<WarehouseView> warehouses = List.of();
    private List<LocationView> allLocations = List.of();
    private List<StockLine> stockAtSource = List.of();
    private String warehouseCode;
    private Long fromLocationId;
    private Long lotId;
    private String quantity;
    private String unit;
    private Long toLocationId;
    private String serials;
    private String reference;
    private String result;

    /** View action: lists warehouses and locations; pre-selects the lot and source given as view parameters. */
    public void load() {
        try {
            warehouses = inventory.warehouses();
            allLocations = inventory.locations(null);
        } catch (RuntimeException e) {
            PortalMessages.show(e);
            return;
        }
        if (fromLocationId != null) {
            allLocations.stream().filter(l -> l.id() == fromLocationId).findFirst()
                    .ifPresentOrElse(l -> warehouseCode = l.warehouseCode(), () -> fromLocationId = null);
        }
        loadStock();
    }

    /** Ajax: the warehouse changed; the source location and lot are chosen again. */
    public void warehouseChanged() {
        fromLocationId = null;
        lotId = null;
        stockAtSource = List.of();
    }

    /** Ajax: the source location changed; lists its lots. */
    public void fromLocationChanged() {
        lotId = null;
        loadStock();
    }

    /** Ajax: the lot changed; the unit becomes its stock unit. */
    public void lotChanged() {
        StockLine line = selectedLine();
        unit = line == null ? null : line.unit();
    }

    private void loadStock() {
        stockAtSource = List.of();
        if (fromLocationId == null) {
            return;
        }
        try {
            stockAtSource = inventory.stockAtLocation(fromLocationId);
        } catch (RuntimeException e) {
            InventoryPages.show(e, Map.of());
            return;
        }
        if (lotId != null && selectedLine() == null) {
            lotId = null;
        }
        if (unit == null) {
            lotChanged();
        }
    }

    private StockLine selectedLine() {
        return lotId == null ? null : stockAtSource.stream().filter(s -> s.lotId() == lotId).findFirst().orElse(null);
    }

    /** Books the transfer; on success shows the ledger references and clears the quantity. */
    public void transfer() {
        result = null;
        boolean ok = true;
        if (fromLocationId == null) {
            InventoryPages.fieldError(FORM + "fromLocation", "Choose the location to move from.");
            ok = false;
        }
        StockLine line = selectedLine();
        if (line == null) {
            InventoryPages.fieldError(FORM + "lot", "Choose the lot to move.");
            ok = false;
        }
        BigDecimal amount = null;
        try {
            amount = InventoryPages.decimal(quantity);
            if (amount == null || amount.signum() <= 0) {
                InventoryPages.fieldError(FORM + "quantity", "Enter a quantity greater than zero, e.g. 12 or 2.5.");
                ok = false;
            }
        } catch (NumberFormatException e) {
            InventoryPages.fieldError(FORM + "quantity", "'" + quantity + "' is not a number; enter e.g. 12 or 2.5.");
            ok = false;
        }
        UnitOfMeasure uom = null;
        try {
            uom = UnitOfMeasure.parse(unit);
        } catch (IllegalArgumentException e) {
            InventoryPages.fieldError(FORM + "unit", "Choose the unit of measure.");
            ok = false;
        }
        if (toLocationId == null) {
            InventoryPages.fieldError(FORM + "toLocation", "Choose the location to move to.");
            ok = false;
        }
        if (!ok) {
            return;
        }
        List<String> serialNumbers = serials == null ? List.of()
                : Arrays.stream(serials.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        TransferResult r;
        try {
            r = movements.transfer(new TransferRequest(line.lotId(), fromLocationId, toLocationId,
                    new Quantity(amount, uom), serialNumbers, ref));
        } catch (RuntimeException e) {
            InventoryPages.show(e, FIELDS);
            return;
        }
        result = "Moved " + InventoryPages.quantity(r.quantity(), r.unit()) + " of lot " + line.lotNumber() + " ("
                + line.productName() + ") from " + label(fromLocationId) + " to " + label(toLocationId)
                + "; ledger entries #" + r.outMovementId() + " (TRANSFER_OUT) and #" + r.inMovementId() + " (TRANSFER_IN)"
                + (ref == null ? "" : ", reference " + ref) + ".";
        InventoryPages.info(result);
        quantity = null;
        serials = null;
        loadStock();
    }

    private String label(Long locationId) {
        return allLocations.stream().filter(l -> l.id() == locationId).findFirst()
                .map(l -> l.warehouseCode() + " / " + l.code()).orElse(String.valueOf(locationId));
    }

    /** Locations of the chosen warehouse. */
    public List<LocationView> getFromLocations() {
        return warehouseCode == null ? List.of()
                : allLocations.stream().filter(l -> l.warehouseCode().equals(warehouseCode)).toList();
    }

    /** Every open location except the source, all warehouses. */
    public List<LocationView> getToLocations() {
        return allLocations.stream().filter(l -> l.active() && (fromLocationId == null || l.id() != fromLocationId)).toList();
    }

    /** Label of a lot line in the lot menu. */
    public String lotLabel(StockLine s) {
        return s.productName() + " (NDC " + s.ndc11() + ") lot " + s.lotNumber() + ", expires "
                + (s.expiryDate() == null ? "never" : s.expiryDate().toString()) + ", unreserved "
                + InventoryPages.quantity(s.onHand().subtract(s.reserved()), s.unit()) + ", " + s.lotStatus();
    }

    /** Every X12 unit of measure; the service refuses one the product does not use, beside the field. */
    public List<String> getUnits() {
        return Arrays.stream(UnitOfMeasure.values()).map(Enum::name).toList();
    }

    public List<WarehouseView> getWarehouses() {
        return warehouses;
    }

    public List<StockLine> getStockAtSource() {
        return stockAtSource;
    }

    public String getWarehouseCode() {
        return warehouseCode;
    }

    public void setWarehouseCode(String warehouseCode) {
        this.warehouseCode = warehouseCode == null || warehouseCode.isBlank() ? null : warehouseCode;
    }

    /** The {@code fromLocationId} view parameter as typed in the address. */
    public String getFromLocationIdParam() {
        return fromLocationId == null ? null : fromLocationId.toString();
    }

    /** Sets {@code fromLocationId} from the view parameter; a malformed value leaves it unset with a page message. */
    public void setFromLocationIdParam(String text) {
        this.fromLocationId = InventoryPages.idParameter(text, "fromLocationId");
    }

    public Long getFromLocationId() {
        return fromLocationId;
    }

    public void setFromLocationId(Long fromLocationId) {
        this.fromLocationId = fromLocationId;
    }

    /** The {@code lotId} view parameter as typed in the address. */
    public String getLotIdParam() {
        return lotId == null ? null : lotId.toString();
    }

    /** Sets {@code lotId} from the view parameter; a malformed value leaves it unset with a page message. */
    public void setLotIdParam(String text) {
        this.lotId = InventoryPages.idParameter(text, "lotId");
    }

    public Long getLotId() {
        return lotId;
    }

    public void setLotId(Long lotId) {
        this.lotId = lotId;
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Long getToLocationId() {
        return toLocationId;
    }

    public void setToLocationId(Long toLocationId) {
        this.toLocationId = toLocationId;
    }

    public String getSerials() {
        return serials;
    }

    public void setSerials(String serials) {
        this.serials = serials;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    /** Confirmation of the last booked transfer, or null. */
    public String getResult() {
        return result;
    }
}
