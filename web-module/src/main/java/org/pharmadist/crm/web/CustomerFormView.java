package org.pharmadist.crm.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.crm.application.AddressData;
import org.pharmadist.crm.application.ContactRequest;
import org.pharmadist.crm.application.CustomerCreated;
import org.pharmadist.crm.application.CustomerDetail;
import org.pharmadist.crm.application.CustomerRequest;
import org.pharmadist.crm.application.CustomerService;
import org.pharmadist.crm.application.DuplicateWarning;
import org.pharmadist.crm.application.LeadConversion;
import org.pharmadist.crm.application.LeadConverted;
import org.pharmadist.crm.application.LeadView;
import org.pharmadist.crm.application.LicenseRequest;
import org.pharmadist.crm.application.PipelineService;
import org.pharmadist.crm.domain.ControlledSubstanceSchedule;
import org.pharmadist.crm.domain.CustomerType;
import org.pharmadist.platform.web.PortalMessages;

/**
 * The customer form: create a customer (with a state license, a DEA registration and a contact), change one
 * ({@code ?id=}), or convert a lead into one ({@code ?leadId=}). Wrong fields get their message beside the field;
 * duplicate warnings from the service are shown above the form after saving.
 */
@Named
@ViewScoped
public class CustomerFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "customerForm:";

    @Inject
    transient CustomerService customers;

    @Inject
    transient PipelineService pipeline;

    private Long id;
    private Long leadId;
    private Long version;
    private Long savedId;
    private List<DuplicateWarning> warnings = List.of();

    private String type;
    private String legalName;
    private String taxId;
    private String billToLine1;
    private String billToLine2;
    private String billToCity;
    private String billToState;
    private String billToPostalCode;
    private String shipToLine1;
    private String shipToCity;
    private String shipToState;
    private String shipToPostalCode;
    private String paymentTermsDays = "30";
    private String creditLimit = "0.00";
    private String priceList;
    private String gpoMembership;
    private String minShelfLifeDays = "0";
    private String stateLicenseNumber;
    private String stateLicenseState;
    private String stateLicenseExpiry;
    private String deaNumber;
    private List<String> deaSchedules = new ArrayList<>();
    private String deaExpiry;
    private String contactName;
    private String contactTitle;
    private String contactEmail;
    private String contactPhone;

    /** Loads the customer to change or the lead to convert. */
    public void load() {
        try {
            if (id != null) {
                CustomerDetail c = customers.get(id);
                version = c.version();
                type = c.type();
                legalName = c.legalName();
                taxId = c.taxId();
                if (c.billTo() != null) {
                    billToLine1 = c.billTo().line1();
                    billToLine2 = c.billTo().line2();
                    billToCity = c.billTo().city();
                    billToState = c.billTo().state();
                    billToPostalCode = c.billTo().postalCode();
                }
                if (c.shipTo() != null && !c.shipTo().equals(c.billTo())) {
                    shipToLine1 = c.shipTo().line1();
                    shipToCity = c.shipTo().city();
                    shipToState = c.shipTo().state();
                    shipToPostalCode = c.shipTo().postalCode();
                }
                paymentTermsDays = String.valueOf(c.paymentTermsDays());
                creditLimit = c.creditLimit().toPlainString();
                priceList = c.priceList();
                gpoMembership = c.gpoMembership();
                minShelfLifeDays = String.valueOf(c.minShelfLifeDays());
            } else if (leadId != null) {
                LeadView lead = pipeline.lead(leadId);
                legalName = lead.companyName();
                type = lead.type();
                contactName = lead.contactName();
                contactEmail = lead.email();
                contactPhone = lead.phone();
            }
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    /** Saves: create, change or lead conversion. */
    public void save() {
        warnings = List.of();
        BigDecimal credit = CrmForms.money(creditLimit, FORM + "creditLimit");
        Integer terms = CrmForms.whole(paymentTermsDays, FORM + "paymentTermsDays");
        Integer shelf = CrmForms.whole(minShelfLifeDays, FORM + "minShelfLifeDays");
        if (jakarta.faces.context.FacesContext.getCurrentInstance().getMessageList().size() > 0) {
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        List<LicenseRequest> licenses = new ArrayList<>();
        List<String> licenseKinds = new ArrayList<>();
        if (isNew()) {
            if (CrmForms.blankToNull(stateLicenseNumber) != null || CrmForms.blankToNull(stateLicenseExpiry) != null) {
                licenses.add(new LicenseRequest("STATE_PHARMACY", stateLicenseNumber,
                        CrmForms.blankToNull(stateLicenseState) == null ? billToState : stateLicenseState, null, stateLicenseExpiry));
                licenseKinds.add("stateLicense");
            }
            if (CrmForms.blankToNull(deaNumber) != null || CrmForms.blankToNull(deaExpiry) != null || !deaSchedules.isEmpty()) {
                licenses.add(new LicenseRequest("DEA", deaNumber, billToState, deaSchedules, deaExpiry));
                licenseKinds.add("dea");
            }
        }
        List<ContactRequest> contacts = isNew() && CrmForms.blankToNull(contactName) != null
                ? List.of(new ContactRequest(contactName, contactTitle, contactEmail, contactPhone)) : List.of();
        AddressData shipTo = CrmForms.blankToNull(shipToLine1) == null && CrmForms.blankToNull(shipToCity) == null ? null
                : new AddressData(shipToLine1, null, shipToCity, shipToState, shipToPostalCode);
        CustomerRequest request = new CustomerRequest(type, legalName, taxId,
                new AddressData(billToLine1, billToLine2, billToCity, billToState, billToPostalCode), shipTo, terms, credit,
                priceList, gpoMembership, shelf, licenses, contacts, version);
        try {
            CustomerDetail saved;
            if (id != null) {
                CustomerCreated r = customers.update(id, request);
                saved = r.customer();
                warnings = r.warnings();
            } else if (leadId != null) {
                LeadConverted r = pipeline.convertLead(leadId, new LeadConversion(request, null));
                saved = r.customer();
                warnings = r.warnings();
            } else {
                CustomerCreated r = customers.create(request);
                saved = r.customer();
                warnings = r.warnings();
            }
            savedId = saved.id();
            id = saved.id();
            leadId = null;
            version = saved.version();
            CrmForms.info("Customer " + saved.id() + " \"" + saved.legalName() + "\" saved.");
        } catch (RuntimeException e) {
            CrmForms.show(e, field -> clientId(field, licenseKinds));
        }
    }

    /** Component of a service field name. */
    static String clientId(String field, List<String> licenseKinds) {
        String f = field.startsWith("customer.") ? field.substring("customer.".length()) : field;
        if (f.startsWith("billTo.") || f.startsWith("shipTo.")) {
            String part = f.substring(7);
            if (part.equals("line2") && f.startsWith("shipTo.")) {
                return null;
            }
            return FORM + f.substring(0, 6) + Character.toUpperCase(part.charAt(0)) + part.substring(1);
        }
        if (f.startsWith("licenses[")) {
            int i = Integer.parseInt(f.substring(9, f.indexOf(']')));
            String kind = i < licenseKinds.size() ? licenseKinds.get(i) : "dea";
            String part = f.substring(f.indexOf('.') + 1);
            return switch (part) {
                case "number" -> FORM + kind + "Number";
                case "expiresOn" -> FORM + kind + "Expiry";
                case "schedules" -> FORM + "deaSchedules";
                case "state" -> kind.equals("dea") ? FORM + "billToState" : FORM + "stateLicenseState";
                default -> null;
            };
        }
        if (f.startsWith("contacts[")) {
            String part = f.substring(f.indexOf('.') + 1);
            return FORM + (part.equals("jobTitle") ? "contactTitle"
                    : "contact" + Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return switch (f) {
            case "type", "legalName", "taxId", "paymentTermsDays", "creditLimit", "priceList", "gpoMembership",
                    "minShelfLifeDays" -> FORM + f;
            default -> null;
        };
    }

    public boolean isNew() {
        return id == null;
    }

    public CustomerType[] getTypes() {
        return CustomerType.values();
    }

    public ControlledSubstanceSchedule[] getSchedules() {
        return ControlledSubstanceSchedule.values();
    }

    public List<DuplicateWarning> getWarnings() {
        return warnings;
    }

    public Long getSavedId() {
        return savedId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getLeadId() {
        return leadId;
    }

    public void setLeadId(Long leadId) {
        this.leadId = leadId;
    }

    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getLegalName() { return legalName; }
    public void setLegalName(String v) { legalName = v; }
    public String getTaxId() { return taxId; }
    public void setTaxId(String v) { taxId = v; }
    public String getBillToLine1() { return billToLine1; }
    public void setBillToLine1(String v) { billToLine1 = v; }
    public String getBillToLine2() { return billToLine2; }
    public void setBillToLine2(String v) { billToLine2 = v; }
    public String getBillToCity() { return billToCity; }
    public void setBillToCity(String v) { billToCity = v; }
    public String getBillToState() { return billToState; }
    public void setBillToState(String v) { billToState = v; }
    public String getBillToPostalCode() { return billToPostalCode; }
    public void setBillToPostalCode(String v) { billToPostalCode = v; }
    public String getShipToLine1() { return shipToLine1; }
    public void setShipToLine1(String v) { shipToLine1 = v; }
    public String getShipToCity() { return shipToCity; }
    public void setShipToCity(String v) { shipToCity = v; }
    public String getShipToState() { return shipToState; }
    public void setShipToState(String v) { shipToState = v; }
    public String getShipToPostalCode() { return shipToPostalCode; }
    public void setShipToPostalCode(String v) { shipToPostalCode = v; }
    public String getPaymentTermsDays() { return paymentTermsDays; }
    public void setPaymentTermsDays(String v) { paymentTermsDays = v; }
    public String getCreditLimit() { return creditLimit; }
    public void setCreditLimit(String v) { creditLimit = v; }
    public String getPriceList() { return priceList; }
    public void setPriceList(String v) { priceList = v; }
    public String getGpoMembership() { return gpoMembership; }
    public void setGpoMembership(String v) { gpoMembership = v; }
    public String getMinShelfLifeDays() { return minShelfLifeDays; }
    public void setMinShelfLifeDays(String v) { minShelfLifeDays = v; }
    public String getStateLicenseNumber() { return stateLicenseNumber; }
    public void setStateLicenseNumber(String v) { stateLicenseNumber = v; }
    public String getStateLicenseState() { return stateLicenseState; }
    public void setStateLicenseState(String v) { stateLicenseState = v; }
    public String getStateLicenseExpiry() { return stateLicenseExpiry; }
    public void setStateLicenseExpiry(String v) { stateLicenseExpiry = v; }
    public String getDeaNumber() { return deaNumber; }
    public void setDeaNumber(String v) { deaNumber = v; }
    public List<String> getDeaSchedules() { return deaSchedules; }
    public void setDeaSchedules(List<String> v) { deaSchedules = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getDeaExpiry() { return deaExpiry; }
    public void setDeaExpiry(String v) { deaExpiry = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactTitle() { return contactTitle; }
    public void setContactTitle(String v) { contactTitle = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
}
