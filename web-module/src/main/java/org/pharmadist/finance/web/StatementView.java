package org.pharmadist.finance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.pharmadist.finance.application.CustomerChoice;
import org.pharmadist.finance.application.CustomerStatement;
import org.pharmadist.finance.application.FinanceQueryService;
import org.pharmadist.platform.web.PortalMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Customer statement over a period (default this month to today) with its PDF. */
@Named
@ViewScoped
public class StatementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FinanceQueryService queries;

    private List<CustomerChoice> customers = List.of();
    private Long customerId;
    private String from;
    private String to;
    private CustomerStatement statement;

    @PostConstruct
    void init() {
        try {
            customers = queries.customerChoices();
            LocalDate today = queries.today();
            to = today.toString();
            from = today.withDayOfMonth(1).toString();
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    /** Shows the statement; wrong dates or a missing customer beside their fields. */
    public void show() {
        statement = null;
        if (customerId == null) {
            error("statementForm:customer", "Choose a customer");
            return;
        }
        LocalDate f = date(from, "statementForm:from", "From");
        LocalDate t = date(to, "statementForm:to", "To");
        if (f == null || t == null) {
            return;
        }
        try {
            statement = queries.statement(customerId, f, t);
        } catch (RuntimeException e) {
            FinanceMessages.show(e, java.util.Map.of("from", "statementForm:from", "to", "statementForm:to"), null);
        }
    }

    public StreamedContent getPdf() {
        long c = customerId == null ? 0 : customerId;
        LocalDate f = LocalDate.parse(from.strip());
        LocalDate t = LocalDate.parse(to.strip());
        return DefaultStreamedContent.builder().name("statement-" + c + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(queries.statementPdf(c, f, t))).build();
    }

    private static LocalDate date(String text, String clientId, String label) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            error(clientId, label + " must be a date yyyy-MM-dd");
            return null;
        }
    }

    private static void error(String clientId, String text) {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public List<CustomerChoice> getCustomers() { return customers; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public CustomerStatement getStatement() { return statement; }
}
