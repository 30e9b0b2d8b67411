package org.pharmadist.catalog.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pharmadist.catalog.application.NewProduct;
import org.pharmadist.catalog.application.ProductDetail;
import org.pharmadist.catalog.application.ProductMaintenanceService;
import org.pharmadist.catalog.domain.MarketingCategory;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.web.PortalMessages;

/**
 * The new-product screen ({@code catalog/new-product.xhtml}, permission catalog:create): a product for an NDC the
 * reference data does not have, with its stock-keeping fields. On success the product page opens.
 */
@Named
@ViewScoped
public class NewProductView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "newProductForm";

    @Inject
    transient ProductMaintenanceService maintenance;

    private String ndc;
    private String name;
    private String marketingCategory = MarketingCategory.RX.name();
    private String labeler;
    private final ProductEditForm form = new ProductEditForm();

    /** Creates the product and opens its page; on refusal the messages stand beside the fields. */
    public String create() {
        try {
            ProductDetail created = maintenance.create(new NewProduct(ndc, name, marketingCategory, labeler, form.toChange(null)));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Created " + created.name() + ".", null));
            return "/catalog/product?faces-redirect=true&ndc=" + created.ndc11();
        } catch (RuntimeException e) {
            BusinessException refusal = ProductDetailView.businessCause(e);
            if (refusal != null && !refusal.fieldErrors().isEmpty()) {
                ProductEditForm.showFieldErrors(refusal, FORM);
                FacesContext.getCurrentInstance().validationFailed();
            } else {
                PortalMessages.show(e);
            }
            return null;
        }
    }

    /** RX and OTC for the select. */
    public List<MarketingCategory> getMarketingCategories() {
        return List.of(MarketingCategory.values());
    }

    public String getNdc() { return ndc; }
    public void setNdc(String ndc) { this.ndc = ndc; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getMarketingCategory() { return marketingCategory; }
    public void setMarketingCategory(String marketingCategory) { this.marketingCategory = marketingCategory; }
    public String getLabeler() { return labeler; }
    public void setLabeler(String labeler) { this.labeler = labeler; }
    /** The stock-keeping fields. */
    public ProductEditForm getForm() { return form; }
}
