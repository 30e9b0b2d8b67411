package org.pharmadist.procurement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pharmadist.catalog.domain.Gs1ElementString;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.inventory.application.LocationView;
import org.pharmadist.inventory.application.WarehouseView;
import org.pharmadist.platform.web.PortalMessages;
import org.pharmadist.procurement.application.GoodsReceiptRequest;
import org.pharmadist.procurement.application.GoodsReceiptRequest.GoodsReceiptLineRequest;
import org.pharmadist.procurement.application.GoodsReceiptService;
import org.pharmadist.procurement.application.GoodsReceiptView;
import org.pharmadist.procurement.application.PurchaseOrderLineView;
import org.pharmadist.procurement.application.PurchaseOrderService;
import org.pharmadist.procurement.application.PurchaseOrderView;

/**
 * The receiving screen ({@code procurement/receiving.xhtml?number=PO-...}): a scanned GS1 DataMatrix element
 * string (typed or pasted into one field, GS separators included) fills GTIN and the matching order line, expiry,
 * lot and serial number; or they are typed. Refusals appear beside the field they concern.
 */
@Named
@ViewScoped
public class ReceivingView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("barcode", "receiveForm:barcode", "lineNumber",
            "receiveForm:line", "locationId", "receiveForm:location", "lotNumber", "receiveForm:lot", "expiryDate",
            "receiveForm:expiry", "quantity", "receiveForm:quantity", "unit", "receiveForm:quantity", "serialNumbers",
            "receiveForm:serials", "purchaseOrderNumber", "receiveForm:line");

    @Inject
    transient PurchaseOrderService orders;

    @Inject
    transient GoodsReceiptService receipts;

    @Inject
    transient InventoryQueryService inventory;

    private String number;
    private PurchaseOrderView order;
    private List<LocationView> locations = List.of();
    private String barcode;
    private String gtin;
    private Integer lineNumber;
    private Long locationId;
    private String lotNumber;
    private String expiryDate;
    private String quantity;
    private String serialNumbers;
    private GoodsReceiptView lastReceipt;

    /** View action: loads the order and the locations of its warehouse. */
    public void load() {
        try {
            order = orders.byNumber(number);
            String code = inventory.warehouses().stream().filter(w -> w.id() == order.warehouseId()).map(WarehouseView::code)
                    .findFirst().orElse(null);
            locations = code == null ? List.of() : inventory.locations(code).stream().filter(LocationView::active).toList();
        } catch (RuntimeException e) {
            order = null;
            PortalMessages.show(e);
        }
    }

    /** Ajax on the scan field: parses the element string and fills the fields it carries. */
    public void scan() {
        if (barcode == null || barcode.isBlank()) {
            return;
        }
        try {
            Gs1ElementString s = Gs1ElementString.parse(barcode);
            gtin = s.gtin().value();
            PurchaseOrderLineView line = order.lines().stream().filter(l -> gtin.equals(l.gtin14())).findFirst().orElse(null);
            if (line == null) {
                FieldMessages.show(new org.pharmadist.platform.errors.InvalidInputException("barcode-product-mismatch",
                        "barcode", "GTIN " + gtin + " is not on purchase order " + order.number()), FIELDS);
                return;
            }
            lineNumber = line.lineNumber();
            if (s.expiryDate() != null) {
                expiryDate = s.expiryDate().toString();
            }
            if (s.lotNumber() != null) {
                lotNumber = s.lotNumber();
            }
            if (s.serialNumber() != null) {
                List<String> serials = new ArrayList<>(serialList());
                if (!serials.contains(s.serialNumber())) {
                    serials.add(s.serialNumber());
                }
                serialNumbers = String.join("\n", serials);
            }
        } catch (RuntimeException e) {
            FieldMessages.show(e, FIELDS);
        }
    }

    /** Books the receipt of the line. */
    public void receive() {
        try {
            PurchaseOrderLineView line = getLine();
            // A DataMatrix carries a serial number on every package; it is booked only for products kept by serial.
            List<String> serials = line != null && !line.serialised() ? List.of() : serialList();
            lastReceipt = receipts.receive(new GoodsReceiptRequest(number, null, List.of(new GoodsReceiptLineRequest(lineNumber,
                    locationId, null, lotNumber, expiryDate, quantity, null, serials))));
            FieldMessages.info("Received: " + lastReceipt.number() + "; order is now " + lastReceipt.purchaseOrderStatus() + ".");
            barcode = null;
            gtin = null;
            lotNumber = null;
            expiryDate = null;
            quantity = null;
            serialNumbers = null;
            order = orders.byNumber(number);
        } catch (RuntimeException e) {
            FieldMessages.show(e, FIELDS);
        }
    }

    private List<String> serialList() {
        if (serialNumbers == null || serialNumbers.isBlank()) {
            return List.of();
        }
        return Arrays.stream(serialNumbers.split("[\\r\\n,]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The line picked, for showing product and open quantity. */
    public PurchaseOrderLineView getLine() {
        if (order == null || lineNumber == null) {
            return null;
        }
        return order.lines().stream().filter(l -> l.lineNumber() == lineNumber).findFirst().orElse(null);
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public PurchaseOrderView getOrder() { return order; }
    public List<LocationView> getLocations() { return locations; }
    public String getBarcode() { return barcode; }
    public void setBarcode(String barcode) { this.barcode = barcode; }
    public String getGtin() { return gtin; }
    public void setGtin(String gtin) { this.gtin = gtin; }
    public Integer getLineNumber() { return lineNumber; }
    public void setLineNumber(Integer lineNumber) { this.lineNumber = lineNumber; }
    public Long getLocationId() { return locationId; }
    public void setLocationId(Long locationId) { this.locationId = locationId; }
    public String getLotNumber() { return lotNumber; }
    public void setLotNumber(String lotNumber) { this.lotNumber = lotNumber; }
    public String getExpiryDate() { return expiryDate; }
    public void setExpiryDate(String expiryDate) { this.expiryDate = expiryDate; }
    public String getQuantity() { return quantity; }
    public void setQuantity(String quantity) { this.quantity = quantity; }
    public String getSerialNumbers() { return serialNumbers; }
    public void setSerialNumbers(String serialNumbers) { this.serialNumbers = serialNumbers; }
    public GoodsReceiptView getLastReceipt() { return lastReceipt; }
}
