package org.pharmadist.procurement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.inventory.application.WarehouseView;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.web.PortalMessages;
import org.pharmadist.procurement.application.ProcurementQueryService;
import org.pharmadist.procurement.application.ReorderPolicyRequest;
import org.pharmadist.procurement.application.ReorderPolicyService;
import org.pharmadist.procurement.application.ReorderPolicyView;
import org.pharmadist.procurement.application.ReorderSuggestion;
import org.pharmadist.procurement.application.ReorderSuggestionService;
import org.pharmadist.procurement.application.SupplierSummary;

/**
 * Reorder policies and suggestions ({@code procurement/reorder.xhtml}): min/max levels per product and warehouse
 * (stock units) maintained in a form, and what to order now (ATP + open orders below min: up to max in whole
 * purchase units, preferred supplier).
 */
@Named
@ViewScoped
public class ReorderView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("ndc", "policyForm:ndc", "warehouseId", "policyForm:warehouse",
            "minQuantity", "policyForm:min", "maxQuantity", "policyForm:max", "preferredSupplierCode", "policyForm:supplier");

    @Inject
    transient ReorderSuggestionService suggestionService;

    @Inject
    transient ReorderPolicyService policyService;

    @Inject
    transient ProcurementQueryService queries;

    @Inject
    transient InventoryQueryService inventory;

    private List<WarehouseView> warehouses = List.of();
    private List<SupplierSummary> suppliers = List.of();
    private Long warehouseId;
    private List<ReorderPolicyView> policies = List.of();
    private List<ReorderSuggestion> suggestions = List.of();
    private String ndc;
    private String minQuantity;
    private String maxQuantity;
    private String supplierCode;

    @PostConstruct
    void init() {
        try {
            warehouses = inventory.warehouses();
            suppliers = queries.suppliers(null, new PageRequest(PageRequest.MAX_LIMIT, 0, null)).items();
            if (!warehouses.isEmpty()) {
                warehouseId = warehouses.get(0).id();
            }
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
        refresh();
    }

    /** Reloads policies and suggestions of the chosen warehouse. */
    public void refresh() {
        try {
            policies = suggestionService.policies(warehouseId);
            suggestions = suggestionService.suggestions(warehouseId);
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    /** Creates or replaces the policy of the product in the chosen warehouse. */
    public void save() {
        try {
            ReorderPolicyView saved = policyService.save(new ReorderPolicyRequest(ndc, warehouseId, minQuantity, maxQuantity,
                    supplierCode, null));
            FieldMessages.info("Reorder levels of " + saved.ndc() + " saved.");
            ndc = null;
            minQuantity = null;
            maxQuantity = null;
            refresh();
        } catch (RuntimeException e) {
            FieldMessages.show(e, FIELDS);
        }
    }

    public List<WarehouseView> getWarehouses() { return warehouses; }
    public List<SupplierSummary> getSuppliers() { return suppliers; }
    public Long getWarehouseId() { return warehouseId; }
    public void setWarehouseId(Long warehouseId) { this.warehouseId = warehouseId; }
    public List<ReorderPolicyView> getPolicies() { return policies; }
    public List<ReorderSuggestion> getSuggestions() { return suggestions; }
    public String getNdc() { return ndc; }
    public void setNdc(String ndc) { this.ndc = ndc; }
    public String getMinQuantity() { return minQuantity; }
    public void setMinQuantity(String minQuantity) { this.minQuantity = minQuantity; }
    public String getMaxQuantity() { return maxQuantity; }
    public void setMaxQuantity(String maxQuantity) { this.maxQuantity = maxQuantity; }
    public String getSupplierCode() { return supplierCode; }
    public void setSupplierCode(String supplierCode) { this.supplierCode = supplierCode; }
}
