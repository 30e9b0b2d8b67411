package org.pharmadist.catalog.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.catalog.application.ProductDetail;
import org.pharmadist.catalog.application.ProductSummary;

/**
 * A product in SOAP messages (same field names as the REST API). nadacUnitPrice is USD per
 * pricingUnit, scale 5.
 *
 * <p>Stock keeping (added after the first version, as optional elements at the end, so existing clients keep
 * working): storageCondition (ROOM_TEMPERATURE, REFRIGERATED, FROZEN), status (ACTIVE, DISCONTINUED) and stockUnit
 * in every answer; shelfLifeDays, serialised, qualityReleaseRequired, purchaseUnit, salesUnit, version and the
 * unit conversions ({@code <unit><code>BX</code><stockUnitsPerUnit>30.000</stockUnitsPerUnit></unit>}) in
 * getProduct only.
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
    public String storageCondition;
    public String status;
    public String stockUnit;
    public Integer shelfLifeDays;
    public Boolean serialised;
    public Boolean qualityReleaseRequired;
    public String purchaseUnit;
    public String salesUnit;
    @XmlElement(name = "unit")
    public List<SoapUnit> units;
    public String therapeuticCategory;
    public Long version;

    /** A unit of measure and its size in the stock unit (scale 3). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "UnitConversion", namespace = CatalogService.NAMESPACE)
    public static class SoapUnit {
        public String code;
        public BigDecimal stockUnitsPerUnit;
    }

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
        p.storageCondition = d.storageCondition();
        p.status = d.status();
        p.stockUnit = d.stockUnit();
        p.shelfLifeDays = d.shelfLifeDays();
        p.serialised = d.serialised();
        p.qualityReleaseRequired = d.qualityReleaseRequired();
        p.purchaseUnit = d.purchaseUnit();
        p.salesUnit = d.salesUnit();
        p.units = new ArrayList<>();
        d.units().forEach(u -> {
            SoapUnit unit = new SoapUnit();
            unit.code = u.unit();
            unit.stockUnitsPerUnit = u.stockUnitsPerUnit();
            p.units.add(unit);
        });
        p.therapeuticCategory = d.therapeuticCategory();
        p.version = d.version();
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
        p.storageCondition = s.storageCondition();
        p.status = s.status();
        p.stockUnit = s.stockUnit();
        return p;
    }
}
