package org.pharmadist.catalog.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pharmadist.catalog.application.ProductCatalogService;
import org.pharmadist.catalog.application.ProductDetail;
import org.pharmadist.catalog.application.ProductMaintenanceService;
import org.pharmadist.platform.audit.RecordRevision;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.web.PortalMessages;

/**
 * The product detail screen ({@code catalog/product.xhtml?ndc=...}) with its change history and, for users with
 * catalog:edit, the maintenance form. A save carries the version the page was loaded with: when another user saved
 * in between, the save is refused ("changed by another user"), the user's input stays in the form and nothing is
 * overwritten; "Load current values" discards the input and shows the other user's values.
 */
@Named
@ViewScoped
public class ProductDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Id of the maintenance form (field messages are addressed to its inputs). */
    static final String FORM = "editForm";

    @Inject
    transient ProductCatalogService catalog;

    @Inject
    transient ProductMaintenanceService maintenance;

    private String ndc;
    private ProductDetail product;
    private List<RecordRevision> history = List.of();
    private ProductEditForm form;
    private String conflict;

    /** View action: loads the product named by the {@code ndc} view parameter. */
    public void load() {
        try {
            product = catalog.byIdentifier(ndc);
            history = catalog.history(ndc);
            form = ProductEditForm.of(product);
            conflict = null;
        } catch (RuntimeException e) {
            product = null;
            PortalMessages.show(e);
        }
    }

    /** Saves the form with the version the page was loaded with (permission catalog:edit, checked by the service). */
    public void save() {
        try {
            product = maintenance.update(product.ndc11(), form.toChange(product.version()));
            history = catalog.history(product.ndc11());
            form = ProductEditForm.of(product);
            conflict = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Saved " + product.name() + " (version " + product.version() + ").", null));
        } catch (RuntimeException e) {
            BusinessException refusal = businessCause(e);
            if (refusal instanceof ConflictException c) {
                conflict = c.getMessage(); // the input stays in the form, nothing is reloaded over it
                FacesContext.getCurrentInstance().validationFailed();
            } else if (refusal != null && !refusal.fieldErrors().isEmpty()) {
                ProductEditForm.showFieldErrors(refusal, FORM);
                FacesContext.getCurrentInstance().validationFailed();
            } else {
                PortalMessages.show(e);
            }
        }
    }

    /** Discards the user's input and shows the product as stored now (after a conflict). */
    public void reloadCurrent() {
        load();
    }

    static BusinessException businessCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException b) {
                return b;
            }
        }
        return null;
    }

    public String getNdc() {
        return ndc;
    }

    public void setNdc(String ndc) {
        this.ndc = ndc;
    }

    /** The product, or null when not found. */
    public ProductDetail getProduct() {
        return product;
    }

    /** Audit trail, oldest first. */
    public List<RecordRevision> getHistory() {
        return history;
    }

    /** The maintenance form (the user's input). */
    public ProductEditForm getForm() {
        return form;
    }

    /** The refusal of the last save because another user changed the product, or null. */
    public String getConflict() {
        return conflict;
    }
}
