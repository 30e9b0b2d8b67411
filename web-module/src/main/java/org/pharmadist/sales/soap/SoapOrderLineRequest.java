package org.pharmadist.sales.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/**
 * A requested order line: NDC or GTIN-14; quantity, unit price (optional: else the price precedence) and
 * percentages as decimal text; unit as X12 code (default the sales unit).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "OrderLineRequest", namespace = QuotationSoapService.NAMESPACE)
public class SoapOrderLineRequest {

    public String ndc;
    public String quantity;
    public String unit;
    public String unitPrice;
    public String discountPercent;
    public String taxRatePercent;
}
