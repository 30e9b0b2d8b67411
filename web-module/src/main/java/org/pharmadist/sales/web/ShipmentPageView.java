package org.pharmadist.sales.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pharmadist.platform.web.PortalMessages;
import org.pharmadist.sales.application.PackingSlip;
import org.pharmadist.sales.application.ShipmentConfirmation;
import org.pharmadist.sales.application.ShipmentService;
import org.pharmadist.sales.application.ShipmentView;

/**
 * One shipment: the pick list by lot and location following the order's FEFO allocation, "Confirm shipment" (stock
 * leaves its locations, ledger entries, the invoice follows from the ShipmentConfirmed event), and the packing slip
 * (ship-to, order, PO reference and the lines by lot). Serial numbers of serialised packages may be entered, one per
 * line or comma-separated.
 */
@Named
@ViewScoped
public class ShipmentPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ShipmentService shipments;

    private Long id;
    private ShipmentView shipment;
    private String serialNumbers;
    private PackingSlip packingSlip;

    /** Loads the shipment of {@code ?id=}. */
    public void load() {
        if (id != null) {
            try {
                shipment = shipments.get(id);
            } catch (RuntimeException e) {
                PortalMessages.show(e);
            }
        }
    }

    /** Confirms the shipment (OPEN to SHIPPED). */
    public void confirm() {
        try {
            List<String> serials = new ArrayList<>();
            if (!SalesPortal.blank(serialNumbers)) {
                Arrays.stream(serialNumbers.split("[,\\s]+")).filter(s -> !s.isBlank()).forEach(serials::add);
            }
            shipment = shipments.confirm(shipment.id(), new ShipmentConfirmation(shipment.version(), serials));
            packingSlip = null;
            SalesPortal.info("Shipment " + shipment.number() + " confirmed on " + shipment.shipDate() + "; the invoice follows");
        } catch (RuntimeException e) {
            SalesPortal.show(e, Map.of("serialNumbers", "shipment:serialNumbers"));
        }
    }

    /** The packing slip (ship-to, order and PO reference, product, lot, expiry and quantity per line). */
    public PackingSlip getPackingSlip() {
        if (packingSlip == null && shipment != null) {
            try {
                packingSlip = shipments.packingSlip(shipment.id());
            } catch (RuntimeException e) {
                PortalMessages.show(e);
            }
        }
        return packingSlip;
    }

    public boolean isOpen() {
        return shipment != null && "OPEN".equals(shipment.status());
    }

    public String plain(BigDecimal value) {
        return SalesPortal.plain(value);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ShipmentView getShipment() { return shipment; }
    public String getSerialNumbers() { return serialNumbers; }
    public void setSerialNumbers(String serialNumbers) { this.serialNumbers = serialNumbers; }
}
