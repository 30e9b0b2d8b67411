package org.pharmadist.compliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.compliance.application.RecallImportReport;
import org.pharmadist.compliance.application.RecallImportService;
import org.pharmadist.compliance.application.RecallQueryService;
import org.pharmadist.compliance.application.RecallSearch;
import org.pharmadist.compliance.application.RecallSummary;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.web.PortalMessages;

/**
 * The recall list ({@code compliance/recalls.xhtml}, compliance:view): filters, newest FDA report first, pages of
 * {@value #PAGE} (keyset "More"); for compliance:recall the import of an openFDA JSON document and of the reference
 * file.
 */
@Named
@ViewScoped
public class RecallListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;

    @Inject
    RecallQueryService queries;

    @Inject
    RecallImportService imports;

    private String q;
    private String status;
    private String classification;
    private boolean inCatalog;
    private String document;
    private List<RecallSummary> recalls = new ArrayList<>();
    private String nextCursor;
    private long total;

    /** View action and "Search". */
    public void search() {
        recalls = new ArrayList<>();
        nextCursor = null;
        fetch(null);
    }

    /** Next page. */
    public void more() {
        if (nextCursor != null) {
            fetch(nextCursor);
        }
    }

    private void fetch(String cursor) {
        try {
            Page<RecallSummary> page = queries.search(RecallSearch.parse(q, status, classification, Boolean.toString(inCatalog)),
                    new PageRequest(PAGE, 0, cursor));
            recalls.addAll(page.items());
            nextCursor = page.nextCursor();
            total = page.total();
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    /** Imports the pasted openFDA document. */
    public void importDocument() {
        if (document == null || document.isBlank()) {
            CompliancePages.fieldError("importForm:document", "Paste an openFDA enforcement document (JSON).");
            return;
        }
        try {
            report(imports.importDocument(document));
            document = null;
        } catch (RuntimeException e) {
            PortalMessages.show(e, "importForm:document");
            return;
        }
        search();
    }

    /** Imports the 500 reference reports. */
    public void importReference() {
        try {
            report(imports.importReference());
        } catch (RuntimeException e) {
            PortalMessages.show(e);
            return;
        }
        search();
    }

    private static void report(RecallImportReport r) {
        CompliancePages.info("Imported: " + r.created() + " new, " + r.updated() + " updated, " + r.unchanged()
                + " unchanged, " + r.rejected().size() + " rejected" + (r.lotsUnreadable() > 0
                ? "; " + r.lotsUnreadable() + " with lots that could not be read (flagged)" : "") + ".");
        r.rejected().forEach(x -> CompliancePages.warn("Record " + (x.index() + 1)
                + (x.recallNumber() == null ? "" : " (" + x.recallNumber() + ")") + " not taken: " + x.reason()));
    }

    /** CSS class of a row: class I recalls stand out. */
    public String rowClass(RecallSummary r) {
        return "CLASS_I".equals(r.classification()) ? "pd-recall-class-1" : "";
    }

    public List<RecallSummary> getRecalls() { return recalls; }
    public boolean isMore() { return nextCursor != null; }
    public long getTotal() { return total; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getClassification() { return classification; }
    public void setClassification(String classification) { this.classification = classification; }
    public boolean isInCatalog() { return inCatalog; }
    public void setInCatalog(boolean inCatalog) { this.inCatalog = inCatalog; }
    public String getDocument() { return document; }
    public void setDocument(String document) { this.document = document; }
}
