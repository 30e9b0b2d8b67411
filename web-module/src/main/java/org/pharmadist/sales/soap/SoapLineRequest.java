package org.pharmadist.sales.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** A requested line: NDC or GTIN-14, quantity and percentages as decimal text, unit as X12 code (default sales unit). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "LineRequest", namespace = QuotationSoapService.NAMESPACE)
public class SoapLineRequest {

    public String ndc;
    public String quantity;
    public String unit;
    public String discountPercent;
    public String taxRatePercent;
}
