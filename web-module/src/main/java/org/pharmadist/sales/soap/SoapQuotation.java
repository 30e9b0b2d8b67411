package org.pharmadist.sales.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.sales.application.QuotationView;

/** A quotation with its priced lines and totals (sums of the rounded lines); dates ISO yyyy-MM-dd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Quotation", namespace = QuotationSoapService.NAMESPACE)
public class SoapQuotation {

    public String number;
    public long customerId;
    public String customerName;
    public String status;
    public String quotedOn;
    public String validUntil;
    public String currency;
    public BigDecimal netTotal;
    public BigDecimal taxTotal;
    public BigDecimal grandTotal;
    public int lineCount;
    @XmlElement(name = "line")
    public List<SoapQuotationLine> lines = new ArrayList<>();

    static SoapQuotation of(QuotationView v) {
        SoapQuotation s = new SoapQuotation();
        s.number = v.number();
        s.customerId = v.customerId();
        s.customerName = v.customerName();
        s.status = v.status();
        s.quotedOn = v.quotedOn().toString();
        s.validUntil = v.validUntil().toString();
        s.currency = v.currency();
        s.netTotal = v.netTotal();
        s.taxTotal = v.taxTotal();
        s.grandTotal = v.grandTotal();
        s.lineCount = v.lineCount();
        v.lines().forEach(l -> s.lines.add(SoapQuotationLine.of(l)));
        return s;
    }
}
