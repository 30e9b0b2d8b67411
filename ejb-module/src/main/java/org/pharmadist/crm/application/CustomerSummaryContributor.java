package org.pharmadist.crm.application;

import java.util.List;

/**
 * Extension point of the customer 360 view for modules above crm (architecture: lower modules define interfaces,
 * higher ones implement them). sales contributes orders and open quotations, finance invoices and balance; each
 * implementation is a CDI bean found by {@link Customer360Service} (no registration needed).
 *
 * <p>Implementations read what they own for one customer and answer named sections; they must not change data and
 * should answer quickly (the 360 page waits for all of them). A contributor that fails is reported in the view as
 * "not available" rather than failing the page.
 */
public interface CustomerSummaryContributor {

    /**
     * Section names this contributor answers, from {@link CustomerSummarySection#EXPECTED} where one fits (e.g.
     * {@code "orders"}, {@code "quotations"}), so the 360 view knows it need not say "not recorded yet".
     */
    List<String> sections();

    /**
     * The sections for one customer.
     *
     * @param customerId the customer's id
     * @return one section per name in {@link #sections()}, in that order
     */
    List<CustomerSummarySection> summarize(long customerId);
}
