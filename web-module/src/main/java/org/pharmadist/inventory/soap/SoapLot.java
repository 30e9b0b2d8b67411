package org.pharmadist.inventory.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import org.pharmadist.inventory.application.LotView;

/** A lot in SOAP messages: expiry as ISO date (yyyy-mm-dd), on hand scale 3 in {@code unit}. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Lot", namespace = StockService.NAMESPACE)
public class SoapLot {

    public String lotNumber;
    public String expiryDate;
    public String status;
    public boolean sellable;
    public Long daysToExpiry;
    public BigDecimal onHand;
    public BigDecimal reserved;
    public String unit;

    static SoapLot of(LotView l) {
        SoapLot s = new SoapLot();
        s.lotNumber = l.lotNumber();
        s.expiryDate = l.expiryDate() == null ? null : l.expiryDate().toString();
        s.status = l.status();
        s.sellable = l.sellable();
        s.daysToExpiry = l.daysToExpiry();
        s.onHand = l.onHand();
        s.reserved = l.reserved();
        s.unit = l.unit();
        return s;
    }
}
