package org.pharmadist.inventory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pharmadist.inventory.application.CycleCountRequest;
import org.pharmadist.inventory.application.CycleCountResult;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.inventory.application.LocationView;
import org.pharmadist.inventory.application.StockLine;
import org.pharmadist.inventory.application.StockMovementService;
import org.pharmadist.inventory.application.WarehouseView;
import org.pharmadist.platform.web.PortalMessages;

/**
 * The cycle count screen ({@code inventory/count.xhtml?locationId=...}, inventory:adjust): pick a location, its lots are
 * listed with the booked quantity; enter the counted quantities (blank = not counted) and, for a difference, a reason
 * code of {@link CycleCountRequest#REASON_CODES}. Posting books the whole sheet in one transaction
 * ({@link StockMovementService#countSheet}); the adjustments booked are listed.
 */
@Named
@ViewScoped
public class CycleCountView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "countForm:";

    @Inject
    InventoryQueryService inventory;

    @Inject
    StockMovementService movements;

    private List<WarehouseView> warehouses = List.of();
    private List<LocationView> allLocations = List.of();
    private String warehouseCode;
    private Long locationId;
    private String reference;
    private List<CountRow> rows = List.of();
    private List<Adjustment> adjustments = List.of();

    /** View action: lists warehouses and locations; loads the location given as view parameter. */
    public void load() {
        try {
            warehouses = inventory.warehouses();
            allLocations = inventory.locations(null);
        } catch (RuntimeException e) {
            PortalMessages.show(e);
            return;
        }
        if (locationId != null) {
            allLocations.stream().filter(l -> l.id() == locationId).findFirst()
                    .ifPresentOrElse(l -> warehouseCode = l.warehouseCode(), () -> locationId = null);
        }
        loadRows();
    }

    /** Ajax: the warehouse changed. */
    public void warehouseChanged() {
        locationId = null;
        rows = List.of();
    }

    /** Ajax: the location changed; lists its lots. */
    public void locationChanged() {
        adjustments = List.of();
        loadRows();
    }

    private void loadRows() {
        rows = List.of();
        if (locationId == null) {
            return;
        }
        try {
            rows = inventory.stockAtLocation(locationId).stream().map(CountRow::new).toList();
        } catch (RuntimeException e) {
            InventoryPages.show(e, Map.of());
        }
    }

    /**
     * Posts the count sheet: every row with a counted quantity. Checks each row first (message beside its field); books
     * nothing when a row is wrong or the service refuses one.
     */
    public void post() {
        adjustments = List.of();
        if (locationId == null) {
            InventoryPages.fieldError(FORM + "location", "Choose the location counted.");
            return;
        }
        List<CycleCountRequest> requests = new ArrayList<>();
        List<CountRow> counted = new ArrayList<>();
        boolean ok = true;
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        for (int i = 0; i < rows.size(); i++) {
            CountRow row = rows.get(i);
            BigDecimal amount;
            try {
                amount = InventoryPages.decimal(row.counted);
            } catch (NumberFormatException e) {
                InventoryPages.fieldError(FORM + "rows:" + i + ":counted", "'" + row.counted + "' is not a number.");
                ok = false;
                continue;
            }
            if (amount == null) {
                continue;
            }
            if (amount.signum() < 0) {
                InventoryPages.fieldError(FORM + "rows:" + i + ":counted", "A count is zero or more.");
                ok = false;
                continue;
            }
            boolean differs = amount.compareTo(row.line.onHand()) != 0;
            if (differs && (row.reasonCode == null || row.reasonCode.isBlank())) {
                InventoryPages.fieldError(FORM + "rows:" + i + ":reason", "The count differs from the booked "
                        + InventoryPages.quantity(row.line.onHand(), row.line.unit()) + ": choose a reason code.");
                ok = false;
                continue;
            }
            requests.add(new CycleCountRequest(row.line.lotId(), locationId, amount, differs ? row.reasonCode : null, ref));
            counted.add(row);
        }
        if (!ok) {
            return;
        }
        if (requests.isEmpty()) {
            InventoryPages.fieldError(FORM + "post", "Enter at least one counted quantity.");
            return;
        }
        List<CycleCountResult> results;
        try {
            results = movements.countSheet(requests);
        } catch (RuntimeException e) {
            InventoryPages.show(e, Map.of("countedQuantity", FORM + "post", "reasonCode", FORM + "post",
                    "quantity", FORM + "post"));
            return;
        }
        List<Adjustment> booked = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            CycleCountResult r = results.get(i);
            booked.add(new Adjustment(counted.get(i).line.productName(), counted.get(i).line.lotNumber(), r.expected(),
                    r.counted(), r.difference(), r.unit().name(), requests.get(i).reasonCode(), r.movementId()));
        }
        adjustments = booked;
        long adjusted = booked.stream().filter(a -> a.movementId() != null).count();
        InventoryPages.info("Count posted: " + results.size() + " lot(s) counted, " + adjusted + " adjustment(s) booked.");
        loadRows();
    }

    /** Locations of the chosen warehouse. */
    public List<LocationView> getLocations() {
        return warehouseCode == null ? List.of()
                : allLocations.stream().filter(l -> l.warehouseCode().equals(warehouseCode)).toList();
    }

    /** The reason codes the service accepts. */
    public List<String> getReasonCodes() {
        return CycleCountRequest.REASON_CODES;
    }

    public List<WarehouseView> getWarehouses() {
        return warehouses;
    }

    public String getWarehouseCode() {
        return warehouseCode;
    }

    public void setWarehouseCode(String warehouseCode) {
        this.warehouseCode = warehouseCode == null || warehouseCode.isBlank() ? null : warehouseCode;
    }

    /** The {@code locationId} view parameter as typed in the address. */
    public String getLocationIdParam() {
        return locationId == null ? null : locationId.toString();
    }

    /** Sets {@code locationId} from the view parameter; a malformed value leaves it unset with a page message. */
    public void setLocationIdParam(String text) {
        this.locationId = InventoryPages.idParameter(text, "locationId");
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    /** Lots in the location, with what was typed. */
    public List<CountRow> getRows() {
        return rows;
    }

    /** Results of the last post, one per counted lot. */
    public List<Adjustment> getAdjustments() {
        return adjustments;
    }

    /**
     * One lot booked in the location and what was counted.
     */
    public static final class CountRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final StockLine line;
        private String counted;
        private String reasonCode;

        CountRow(StockLine line) {
            this.line = line;
        }

        /** The lot's stock as booked. */
        public StockLine getLine() {
            return line;
        }

        public String getCounted() {
            return counted;
        }

        public void setCounted(String counted) {
            this.counted = counted;
        }

        public String getReasonCode() {
            return reasonCode;
        }

        public void setReasonCode(String reasonCode) {
            this.reasonCode = reasonCode == null || reasonCode.isBlank() ? null : reasonCode;
        }
    }

    /**
     * A counted lot as booked.
     *
     * @param productName product
     * @param lotNumber   lot
     * @param expected    booked on hand before the count, scale 3
     * @param counted     counted, scale 3
     * @param difference  counted - expected, scale 3
     * @param unit        stock unit
     * @param reasonCode  reason of the difference, null when none
     * @param movementId  ADJUSTMENT ledger entry, null when the count matched
     */
    public record Adjustment(String productName, String lotNumber, BigDecimal expected, BigDecimal counted,
            BigDecimal difference, String unit, String reasonCode, Long movementId) implements Serializable {

        /** "ADJUSTMENT #123", or why there is none. */
        public String movementText() {
            return movementId == null ? "none (count matched)" : "ADJUSTMENT #" + movementId;
        }
    }
}
