package org.pharmadist.crm.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pharmadist.crm.application.LeadRequest;
import org.pharmadist.crm.application.LeadView;
import org.pharmadist.crm.application.PipelineQueryService;
import org.pharmadist.crm.application.PipelineService;
import org.pharmadist.crm.domain.CustomerType;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.web.PortalMessages;

/** Leads: the newest 500 and a form to record one; conversion opens the customer form with the lead's data. */
@Named
@ViewScoped
public class LeadsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PipelineQueryService queries;

    @Inject
    transient PipelineService pipeline;

    private List<LeadView> leads = List.of();
    private String companyName;
    private String type;
    private String contactName;
    private String email;
    private String phone;
    private String source;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        try {
            leads = queries.leads(null, null, new PageRequest(PageRequest.MAX_LIMIT, 0, null)).items();
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    public void create() {
        try {
            pipeline.createLead(new LeadRequest(companyName, type, contactName, email, phone, source));
            CrmForms.info("Lead \"" + companyName + "\" recorded.");
            companyName = null;
            contactName = null;
            email = null;
            phone = null;
            source = null;
            reload();
        } catch (RuntimeException e) {
            CrmForms.show(e, f -> switch (f) {
                case "companyName", "type", "email", "phone", "source" -> "leadForm:" + f;
                default -> null;
            });
        }
    }

    public CustomerType[] getTypes() { return CustomerType.values(); }
    public List<LeadView> getLeads() { return leads; }
    public String getCompanyName() { return companyName; }
    public void setCompanyName(String v) { companyName = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
}
