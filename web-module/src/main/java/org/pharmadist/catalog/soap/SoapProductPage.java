package org.pharmadist.catalog.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** One page of a product search: products, the cursor for the next page, and the total. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ProductPage", namespace = CatalogService.NAMESPACE)
public class SoapProductPage {

    @XmlElement(name = "product")
    public List<SoapProduct> products = new ArrayList<>();
    public String nextCursor;
    public long total;
    public boolean totalIsEstimate;
}
