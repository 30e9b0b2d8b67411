package org.pharmadist.crm.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.pharmadist.crm.application.CustomerQueryService;
import org.pharmadist.crm.application.CustomerSearch;
import org.pharmadist.crm.application.CustomerSummary;
import org.pharmadist.crm.application.OpportunityRequest;
import org.pharmadist.crm.application.OpportunityView;
import org.pharmadist.crm.application.PipelineQueryService;
import org.pharmadist.crm.application.PipelineService;
import org.pharmadist.crm.application.PipelineStageTotal;
import org.pharmadist.crm.domain.OpportunityStage;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.web.PortalMessages;

/**
 * The pipeline: totals by stage (count, amount, expected value), the opportunities in pipeline order with a stage
 * selector per row, and a form to add an opportunity for a customer.
 */
@Named
@ViewScoped
public class PipelineView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PipelineQueryService queries;

    @Inject
    transient PipelineService pipeline;

    @Inject
    transient CustomerQueryService customers;

    private List<PipelineStageTotal> totals = List.of();
    private List<OpportunityView> opportunities = List.of();
    private List<CustomerSummary> customerChoices = List.of();
    private final java.util.Map<Long, String> stageChoice = new java.util.HashMap<>();
    private String title;
    private Long customerId;
    private String stage = "PROSPECTING";
    private String amount;
    private String probability;
    private String expectedCloseOn;

    @PostConstruct
    void init() {
        reload();
        try {
            customerChoices = customers.search(new CustomerSearch(null, null, null, false),
                    new PageRequest(PageRequest.MAX_LIMIT, 0, null)).items();
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    private void reload() {
        try {
            totals = queries.pipelineTotals();
            opportunities = queries.opportunities(null, null, false, new PageRequest(PageRequest.MAX_LIMIT, 0, null)).items();
            stageChoice.clear();
            opportunities.forEach(o -> stageChoice.put(o.id(), o.stage()));
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    public void create() {
        BigDecimal a = CrmForms.money(amount, "opportunityForm:amount");
        Integer p = CrmForms.whole(probability, "opportunityForm:probability");
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().getMessageList().isEmpty()) {
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            pipeline.createOpportunity(new OpportunityRequest(title, customerId, null, stage, a, p, expectedCloseOn, null));
            CrmForms.info("Opportunity \"" + title + "\" recorded.");
            title = null;
            amount = null;
            probability = null;
            expectedCloseOn = null;
            reload();
        } catch (RuntimeException e) {
            CrmForms.show(e, f -> switch (f) {
                case "title", "customerId", "stage", "amount", "probability", "expectedCloseOn" -> "opportunityForm:" + f;
                default -> null;
            });
        }
    }

    /** Moves an opportunity to another stage (probability back to the stage default). */
    public void moveTo(OpportunityView o) {
        String newStage = stageChoice.get(o.id());
        try {
            pipeline.updateOpportunity(o.id(), new OpportunityRequest(o.title(), null, null, newStage, o.amount(), null,
                    o.expectedCloseOn() == null ? null : o.expectedCloseOn().toString(), o.version()));
            reload();
        } catch (RuntimeException e) {
            PortalMessages.show(e);
            reload();
        }
    }

    /** Sum of expected values of the open stages. */
    public BigDecimal getOpenExpectedValue() {
        return totals.stream().filter(t -> !OpportunityStage.valueOf(t.stage()).closed())
                .map(PipelineStageTotal::expectedValue).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Stage chosen per opportunity id in the table. */
    public java.util.Map<Long, String> getStageChoice() { return stageChoice; }
    public OpportunityStage[] getStages() { return OpportunityStage.values(); }
    public List<PipelineStageTotal> getTotals() { return totals; }
    public List<OpportunityView> getOpportunities() { return opportunities; }
    public List<CustomerSummary> getCustomerChoices() { return customerChoices; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long v) { customerId = v; }
    public String getStage() { return stage; }
    public void setStage(String v) { stage = v; }
    public String getAmount() { return amount; }
    public void setAmount(String v) { amount = v; }
    public String getProbability() { return probability; }
    public void setProbability(String v) { probability = v; }
    public String getExpectedCloseOn() { return expectedCloseOn; }
    public void setExpectedCloseOn(String v) { expectedCloseOn = v; }
}
