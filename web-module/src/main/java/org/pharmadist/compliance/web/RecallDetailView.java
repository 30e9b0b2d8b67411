package org.pharmadist.compliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.pharmadist.compliance.application.AffectedLot;
import org.pharmadist.compliance.application.NoticeView;
import org.pharmadist.compliance.application.RecallDetail;
import org.pharmadist.compliance.application.RecallService;
import org.pharmadist.crm.application.CustomerQueryService;
import org.pharmadist.crm.application.CustomerSearch;
import org.pharmadist.inventory.application.LotDecision;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.web.PortalMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One recall on one screen ({@code compliance/recall.xhtml?id=...} or {@code ?number=D-0353-2026}, compliance:view):
 * the FDA report, the lots read from code_info (flagged when unreadable), every lot of ours it touches with stock,
 * reserved and shipped quantities, and the customers notified; for compliance:recall the actions Quarantine (all
 * affected lots in stock), Notify (customers), record a response with the returned quantity, download each notice
 * PDF, and Close with a summary.
 */
@Named
@ViewScoped
public class RecallDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecallService recalls;

    @Inject
    CustomerQueryService customers;

    private Long id;
    private String number;
    private RecallDetail recall;
    private String note;
    private String customer;
    private Long noticeId;
    private String returnedQuantity;
    private String returnedUnit = "EA";
    private String response;
    private String summary;

    /** View action: loads the recall named by id or number. */
    public void load() {
        try {
            if (id == null && number != null && !number.isBlank()) {
                id = recalls.idOf(number);
            }
            if (id == null) {
                CompliancePages.fieldError(null, "Open a recall from the recall list (the address needs id or number).");
                return;
            }
            recall = recalls.get(id);
        } catch (RuntimeException e) {
            recall = null;
            PortalMessages.show(e);
        }
    }

    /** Quarantines every affected lot in stock (status RECALLED). */
    public void quarantine() {
        try {
            List<LotDecision> decisions = recalls.quarantine(id, recall.version(), note);
            CompliancePages.info(decisions.isEmpty() ? "No affected lot in stock was left to quarantine."
                    : decisions.size() + " lot(s) quarantined as RECALLED: "
                    + String.join(", ", decisions.stream().map(LotDecision::lotNumber).toList()) + ".");
            note = null;
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
        load();
    }

    /**
     * Notifies, in one step, every customer that received an affected lot (the customer deliveries of the recall);
     * customers notified already keep their notice.
     */
    public void notifyAllDelivered() {
        List<Long> ids = recall.customerDeliveries().lines().stream().map(d -> d.customerId()).distinct().toList();
        if (ids.isEmpty()) {
            CompliancePages.info("No affected lot was shipped to a customer: nobody to notify.");
            return;
        }
        try {
            recalls.notifyCustomers(id, recall.version(), ids);
            CompliancePages.info("Notices recorded for " + ids.size() + " customer(s) that received affected lots.");
        } catch (RuntimeException e) {
            CompliancePages.show(e, Map.of());
        }
        load();
    }

    /** Notifies the chosen customer. */
    public void notifyCustomer() {
        Long customerId = customerId();
        if (customerId == null) {
            CompliancePages.fieldError("noticeForm:customer", "Choose a customer from the suggestions.");
            return;
        }
        try {
            recalls.notifyCustomers(id, recall.version(), List.of(customerId));
            CompliancePages.info("Notice recorded for " + customer + ".");
            customer = null;
        } catch (RuntimeException e) {
            CompliancePages.show(e, Map.of("customerIds", "noticeForm:customer"));
        }
        load();
    }

    /** Records the response of the notice chosen. */
    public void respond() {
        if (noticeId == null) {
            CompliancePages.fieldError("responseForm:notice", "Choose the notice the customer answered.");
            return;
        }
        try {
            NoticeView n = recalls.respond(id, noticeId, null, response, returnedQuantity, returnedUnit);
            CompliancePages.info("Response of " + n.customerName() + " recorded: returned "
                    + n.returnedQuantity().toPlainString() + " " + n.returnedUnit() + ".");
            noticeId = null;
            returnedQuantity = null;
            response = null;
        } catch (RuntimeException e) {
            CompliancePages.show(e, Map.of("returnedQuantity", "responseForm:returnedQuantity", "unit",
                    "responseForm:returnedUnit", "response", "responseForm:response"));
            return;
        }
        load();
    }

    /** Closes the recall with the summary. */
    public void close() {
        try {
            recall = recalls.close(id, recall.version(), summary);
            CompliancePages.info("Recall " + recall.recallNumber() + " closed.");
            summary = null;
        } catch (RuntimeException e) {
            CompliancePages.show(e, Map.of("summary", "closeForm:summary"));
        }
        load();
    }

    /** The notice PDF of one customer, for download. */
    public StreamedContent pdf(long notice) {
        byte[] bytes = recalls.noticePdf(id, notice);
        return DefaultStreamedContent.builder().name("recall-notice-" + recall.recallNumber() + "-" + notice + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** Customers whose name starts with the text, as "Name (#id)". */
    public List<String> completeCustomer(String text) {
        try {
            return customers.search(CustomerSearch.parse(text, null, null, false), new PageRequest(10, 0, null)).items()
                    .stream().map(c -> c.legalName() + " (#" + c.id() + ")").toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private Long customerId() {
        if (customer == null || customer.isBlank()) {
            return null;
        }
        int hash = customer.lastIndexOf("(#");
        if (hash < 0) {
            return null;
        }
        try {
            return Long.valueOf(customer.substring(hash + 2).replace(")", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Affected lots still in stock. */
    public long getLotsInStock() {
        return recall == null ? 0 : recall.affectedLots().stream().filter(AffectedLot::inStock).count();
    }

    /** Total on hand of the affected lots (all units are the products' stock units). */
    public String getOnHandTotal() {
        return recall == null ? "0" : recall.affectedLots().stream().map(AffectedLot::onHand)
                .reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString();
    }

    public String utc(java.time.Instant instant) {
        return CompliancePages.utc(instant);
    }

    public RecallDetail getRecall() { return recall; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getCustomer() { return customer; }
    public void setCustomer(String customer) { this.customer = customer; }
    public Long getNoticeId() { return noticeId; }
    public void setNoticeId(Long noticeId) { this.noticeId = noticeId; }
    public String getReturnedQuantity() { return returnedQuantity; }
    public void setReturnedQuantity(String returnedQuantity) { this.returnedQuantity = returnedQuantity; }
    public String getReturnedUnit() { return returnedUnit; }
    public void setReturnedUnit(String returnedUnit) { this.returnedUnit = returnedUnit; }
    public String getResponse() { return response; }
    public void setResponse(String response) { this.response = response; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
