package org.pharmadist.crm.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pharmadist.crm.application.CustomerQueryService;
import org.pharmadist.crm.application.CustomerSearch;
import org.pharmadist.platform.paging.PageRequest;

/**
 * The customer pick of every portal page that names a customer (quotations, orders, payments): an autocomplete of
 * at most 10 customers whose legal name starts with the text (CRM search over the read data source), each shown as
 * "Legal name (#id)", and {@link #idOf(String)} to read the id back from what was picked or typed.
 */
@Named
@ApplicationScoped
public class CustomerPicks {

    @Inject
    CustomerQueryService customers;

    /** Suggestions as "Name (#id)"; empty on any error (the field then shows its own message when submitted). */
    public List<String> completeCustomer(String text) {
        try {
            return customers.search(CustomerSearch.parse(text, null, null, false), new PageRequest(10, 0, null)).items()
                    .stream().map(c -> c.legalName() + " (#" + c.id() + ")").toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The id of a pick "Name (#42)", or of a bare number "42"; null when neither. */
    public static Long idOf(String pick) {
        if (pick == null || pick.isBlank()) {
            return null;
        }
        String c = pick.strip();
        int hash = c.lastIndexOf("(#");
        String digits = hash >= 0 ? c.substring(hash + 2).replace(")", "") : c;
        try {
            return Long.valueOf(digits.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
