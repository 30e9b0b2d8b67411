package org.pharmadist.inventory.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import org.pharmadist.inventory.application.Availability;

/** Available-to-promise in SOAP messages (same names as REST); quantities scale 3 in {@code unit} (X12 code). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Availability", namespace = StockService.NAMESPACE)
public class SoapAvailability {

    public String ndc11;
    public String warehouse;
    public int minShelfLifeDays;
    public String asOf;
    public BigDecimal onHand;
    public BigDecimal reserved;
    public BigDecimal blocked;
    public BigDecimal availableToPromise;
    public String unit;

    static SoapAvailability of(Availability a) {
        SoapAvailability s = new SoapAvailability();
        s.ndc11 = a.ndc11();
        s.warehouse = a.warehouseCode();
        s.minShelfLifeDays = a.minShelfLifeDays();
        s.asOf = a.asOf().toString();
        s.onHand = a.onHand();
        s.reserved = a.reserved();
        s.blocked = a.blocked();
        s.availableToPromise = a.availableToPromise();
        s.unit = a.unit();
        return s;
    }
}
