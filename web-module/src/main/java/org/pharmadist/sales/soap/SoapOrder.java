package org.pharmadist.sales.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.sales.application.SalesOrderView;

/**
 * A sales order's status with its lines (fulfilment quantities in the stock unit) and holds; dates ISO yyyy-MM-dd,
 * instants ISO-8601 UTC.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Order", namespace = QuotationSoapService.NAMESPACE)
public class SoapOrder {

    public String number;
    public long customerId;
    public String customerName;
    public String status;
    public String orderDate;
    public String customerPoReference;
    public String currency;
    public BigDecimal netTotal;
    public BigDecimal taxTotal;
    public BigDecimal grandTotal;
    public long version;
    /** FORM_222 or CSOS on a schedule I/II order whose DEA order form is recorded, else absent. */
    public String deaOrderFormType;
    /** The Form 222 serial number or CSOS order number, else absent. */
    public String deaOrderFormNumber;
    @XmlElement(name = "line")
    public List<Line> lines = new ArrayList<>();
    @XmlElement(name = "hold")
    public List<Hold> holds = new ArrayList<>();

    /** One order line. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "OrderLine", namespace = QuotationSoapService.NAMESPACE)
    public static class Line {
        public int lineNo;
        public String ndc;
        public String productName;
        public BigDecimal quantity;
        public String unit;
        public BigDecimal unitPrice;
        public BigDecimal netAmount;
        public BigDecimal taxAmount;
        public String status;
        public BigDecimal allocatedQuantity;
        public BigDecimal backorderedQuantity;
        public BigDecimal shippedQuantity;
        public String stockUnit;
    }

    /** One hold. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "OrderHold", namespace = QuotationSoapService.NAMESPACE)
    public static class Hold {
        public String kind;
        public String reason;
        public String status;
        public String raisedAt;
    }

    static SoapOrder of(SalesOrderView v) {
        SoapOrder s = new SoapOrder();
        s.number = v.number();
        s.customerId = v.customerId();
        s.customerName = v.customerName();
        s.status = v.status();
        s.orderDate = v.orderDate().toString();
        s.customerPoReference = v.customerPoReference();
        s.currency = v.currency();
        s.netTotal = v.netTotal();
        s.taxTotal = v.taxTotal();
        s.grandTotal = v.grandTotal();
        s.version = v.version();
        s.deaOrderFormType = v.deaOrderFormType();
        s.deaOrderFormNumber = v.deaOrderFormNumber();
        v.lines().forEach(l -> {
            Line x = new Line();
            x.lineNo = l.lineNo();
            x.ndc = l.ndc();
            x.productName = l.productName();
            x.quantity = l.quantity();
            x.unit = l.unit();
            x.unitPrice = l.unitPrice();
            x.netAmount = l.netAmount();
            x.taxAmount = l.taxAmount();
            x.status = l.status();
            x.allocatedQuantity = l.allocatedQuantity();
            x.backorderedQuantity = l.backorderedQuantity();
            x.shippedQuantity = l.shippedQuantity();
            x.stockUnit = l.stockUnit();
            s.lines.add(x);
        });
        v.holds().forEach(h -> {
            Hold x = new Hold();
            x.kind = h.kind();
            x.reason = h.reason();
            x.status = h.status();
            x.raisedAt = h.raisedAt().toString();
            s.holds.add(x);
        });
        return s;
    }
}
