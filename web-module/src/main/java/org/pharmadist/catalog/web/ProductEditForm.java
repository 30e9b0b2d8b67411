package org.pharmadist.catalog.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pharmadist.catalog.application.ProductChange;
import org.pharmadist.catalog.application.ProductDetail;
import org.pharmadist.catalog.application.UnitConversion;
import org.pharmadist.catalog.domain.ProductStatus;
import org.pharmadist.catalog.domain.StorageCondition;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.platform.errors.BusinessException;

/**
 * The maintainable fields of a product as the portal edits them (product page and new-product page share it, via
 * {@code WEB-INF/includes/stock-keeping-fields.xhtml}): the user's input stays here until saved, also when a save is
 * refused, so nothing typed is lost. Field errors of the service are shown beside the matching input.
 */
public class ProductEditForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Service field names that have an input of their own (units[i].x are mapped to the unit table). */
    private static final Set<String> FIELDS = Set.of("therapeuticCategory", "storageCondition", "shelfLifeDays",
            "serialised", "qualityReleaseRequired", "status", "purchaseUnit", "salesUnit", "ndc", "name",
            "marketingCategory", "labeler");
    private static final Pattern UNIT_FIELD = Pattern.compile("units\\[(\\d+)](?:\\.(unit|stockUnitsPerUnit))?");

    /** One row of the unit-conversion table: 1 {@code unit} = {@code stockUnitsPerUnit} stock units. */
    public static class UnitRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String unit;
        private BigDecimal stockUnitsPerUnit;

        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public BigDecimal getStockUnitsPerUnit() { return stockUnitsPerUnit; }
        public void setStockUnitsPerUnit(BigDecimal stockUnitsPerUnit) { this.stockUnitsPerUnit = stockUnitsPerUnit; }
    }

    private String therapeuticCategory;
    private String storageCondition = StorageCondition.ROOM_TEMPERATURE.name();
    private Integer shelfLifeDays;
    private boolean serialised;
    private boolean qualityReleaseRequired;
    private String status = ProductStatus.ACTIVE.name();
    private String stockUnit = UnitOfMeasure.EA.name();
    private String purchaseUnit = UnitOfMeasure.EA.name();
    private String salesUnit = UnitOfMeasure.EA.name();
    private final List<UnitRow> units = new ArrayList<>();

    /** The form filled with a product's current values. */
    public static ProductEditForm of(ProductDetail p) {
        ProductEditForm f = new ProductEditForm();
        f.therapeuticCategory = p.therapeuticCategory();
        f.storageCondition = p.storageCondition();
        f.shelfLifeDays = p.shelfLifeDays();
        f.serialised = p.serialised();
        f.qualityReleaseRequired = p.qualityReleaseRequired();
        f.status = p.status();
        f.stockUnit = p.stockUnit();
        f.purchaseUnit = p.purchaseUnit();
        f.salesUnit = p.salesUnit();
        for (UnitConversion u : p.units()) {
            UnitRow row = new UnitRow();
            row.unit = u.unit();
            BigDecimal factor = u.stockUnitsPerUnit().stripTrailingZeros();
            row.stockUnitsPerUnit = factor.scale() < 0 ? factor.setScale(0) : factor; // 30.000 -> 30, never 3E+1
            f.units.add(row);
        }
        return f;
    }

    /** The change to send to the service, based on {@code version}. */
    public ProductChange toChange(Long version) {
        return new ProductChange(version, therapeuticCategory, storageCondition, shelfLifeDays, serialised,
                qualityReleaseRequired, status, purchaseUnit, salesUnit,
                units.stream().map(r -> new UnitConversion(r.unit, r.stockUnitsPerUnit)).toList());
    }

    /** Adds an empty row to the unit table. */
    public void addUnit() {
        units.add(new UnitRow());
    }

    /** Removes the row at {@code index} of the unit table. */
    public void removeUnit(int index) {
        if (index >= 0 && index < units.size()) {
            units.remove(index);
        }
    }

    /**
     * Shows each field error of a refused save beside its input in the form {@code formId} (unit table rows
     * included); errors without an input of their own become messages of the form.
     */
    public static void showFieldErrors(BusinessException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Map.Entry<String, String> error : e.fieldErrors().entrySet()) {
            faces.addMessage(clientId(formId, error.getKey()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, error.getValue(), null));
        }
    }

    /** The client id of the input for a service field name, e.g. units[1].stockUnitsPerUnit to form:units:1:factor. */
    static String clientId(String formId, String field) {
        Matcher m = UNIT_FIELD.matcher(field);
        if (m.matches()) {
            return formId + ":units:" + m.group(1) + ":" + ("stockUnitsPerUnit".equals(m.group(2)) ? "factor" : "unit");
        }
        return FIELDS.contains(field) ? formId + ":" + field : formId;
    }

    /** Storage conditions for the select: name and label with the temperature range. */
    public List<StorageCondition> getStorageConditions() {
        return List.of(StorageCondition.values());
    }

    /** Statuses for the select. */
    public List<ProductStatus> getStatuses() {
        return List.of(ProductStatus.values());
    }

    /** Unit codes for the selects (ASC X12 element 355). */
    public List<UnitOfMeasure> getUnitsOfMeasure() {
        return List.of(UnitOfMeasure.values());
    }

    public String getTherapeuticCategory() { return therapeuticCategory; }
    public void setTherapeuticCategory(String therapeuticCategory) { this.therapeuticCategory = therapeuticCategory; }
    public String getStorageCondition() { return storageCondition; }
    public void setStorageCondition(String storageCondition) { this.storageCondition = storageCondition; }
    public Integer getShelfLifeDays() { return shelfLifeDays; }
    public void setShelfLifeDays(Integer shelfLifeDays) { this.shelfLifeDays = shelfLifeDays; }
    public boolean isSerialised() { return serialised; }
    public void setSerialised(boolean serialised) { this.serialised = serialised; }
    public boolean isQualityReleaseRequired() { return qualityReleaseRequired; }
    public void setQualityReleaseRequired(boolean qualityReleaseRequired) { this.qualityReleaseRequired = qualityReleaseRequired; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    /** The stock unit (not editable here): conversions are "1 unit = N stock units". */
    public String getStockUnit() { return stockUnit; }
    public String getPurchaseUnit() { return purchaseUnit; }
    public void setPurchaseUnit(String purchaseUnit) { this.purchaseUnit = purchaseUnit; }
    public String getSalesUnit() { return salesUnit; }
    public void setSalesUnit(String salesUnit) { this.salesUnit = salesUnit; }
    /** Rows of the unit-conversion table (mutable: the table edits them). */
    public List<UnitRow> getUnits() { return units; }
}
