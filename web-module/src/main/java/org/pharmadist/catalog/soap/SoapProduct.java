package org.pharmadist.catalog.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import org.pharmadist.catalog.application.ProductDetail;
import org.pharmadist.catalog.application.ProductSummary;

/**
 * A product in SOAP messages (same field names as the REST API). nadacUnitPrice is USD per
 * pricingUnit, scale 5.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Product", namespace = CatalogService.NAMESPACE)
public class SoapProduct {

    public String ndc11;
    public String ndc10;
    public String gtin14;
    public String name;
    public String genericName;
    public String strength;
    public String dosageForm;
    public String route;
    public String labeler;
    public String marketingCategory;
    public String deaSchedule;
    public String pricingUnit;
    public BigDecimal nadacUnitPrice;

    static SoapProduct of(ProductDetail d) {
        SoapProduct p = new SoapProduct();
        p.ndc11 = d.ndc11();
        p.ndc10 = d.ndc10();
        p.gtin14 = d.gtin14();
        p.name = d.name();
        p.genericName = d.genericName();
        p.strength = d.strength();
        p.dosageForm = d.dosageForm();
        p.route = d.route();
        p.labeler = d.labeler();
        p.marketingCategory = d.marketingCategory();
        p.deaSchedule = d.deaSchedule();
        p.pricingUnit = d.pricingUnit();
        p.nadacUnitPrice = d.nadacUnitPrice();
        return p;
    }

    static SoapProduct of(ProductSummary s) {
        SoapProduct p = new SoapProduct();
        p.ndc11 = s.ndc11();
        p.ndc10 = s.ndc10();
        p.gtin14 = s.gtin14();
        p.name = s.name();
        p.genericName = s.genericName();
        p.strength = s.strength();
        p.dosageForm = s.dosageForm();
        p.labeler = s.labeler();
        p.marketingCategory = s.marketingCategory();
        p.deaSchedule = s.deaSchedule();
        p.pricingUnit = s.pricingUnit();
        p.nadacUnitPrice = s.nadacUnitPrice();
        return p;
    }
}
