package org.pharmadist.sales.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import org.pharmadist.sales.application.QuotationLineView;

/** A priced quotation line: unit price scale 5 per unit, amounts scale 2 (LineAmounts), ATP in stock units. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "QuotationLine", namespace = QuotationSoapService.NAMESPACE)
public class SoapQuotationLine {

    public int lineNo;
    public String ndc11;
    public String gtin14;
    public String productName;
    public BigDecimal quantity;
    public String unit;
    public BigDecimal unitPrice;
    public String priceSource;
    public BigDecimal discountPercent;
    public BigDecimal taxRatePercent;
    public BigDecimal netAmount;
    public BigDecimal taxAmount;
    public BigDecimal lineTotal;
    public BigDecimal availableToPromise;
    public String stockUnit;
    public int minShelfLifeDays;

    static SoapQuotationLine of(QuotationLineView l) {
        SoapQuotationLine s = new SoapQuotationLine();
        s.lineNo = l.lineNo();
        s.ndc11 = l.ndc11();
        s.gtin14 = l.gtin14();
        s.productName = l.productName();
        s.quantity = l.quantity();
        s.unit = l.unit();
        s.unitPrice = l.unitPrice();
        s.priceSource = l.priceSource();
        s.discountPercent = l.discountPercent();
        s.taxRatePercent = l.taxRatePercent();
        s.netAmount = l.netAmount();
        s.taxAmount = l.taxAmount();
        s.lineTotal = l.lineTotal();
        s.availableToPromise = l.availableToPromise();
        s.stockUnit = l.stockUnit();
        s.minShelfLifeDays = l.minShelfLifeDays();
        return s;
    }
}
