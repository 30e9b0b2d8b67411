package org.pharmadist.catalog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pharmadist.catalog.application.ProductCatalogService;
import org.pharmadist.catalog.application.ProductDetail;
import org.pharmadist.platform.audit.RecordRevision;
import org.pharmadist.platform.web.PortalMessages;

/** The product detail screen ({@code catalog/product.xhtml?ndc=...}) with its change history. */
@Named
@ViewScoped
public class ProductDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProductCatalogService catalog;

    private String ndc;
    private ProductDetail product;
    private List<RecordRevision> history = List.of();

    /** View action: loads the product named by the {@code ndc} view parameter. */
    public void load() {
        try {
            product = catalog.byIdentifier(ndc);
            history = catalog.history(ndc);
        } catch (RuntimeException e) {
            product = null;
            PortalMessages.show(e);
        }
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
}
