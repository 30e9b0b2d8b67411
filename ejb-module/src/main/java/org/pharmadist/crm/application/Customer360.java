package org.pharmadist.crm.application;

import java.io.Serializable;
import java.util.List;

/**
 * Everything known about one customer now: profile and terms, licenses with days to expiry, contacts, open
 * opportunities, activities (open first), and sections contributed by other modules (orders, quotations, invoices,
 * balance) or placeholders saying they are not recorded yet.
 */
public record Customer360(CustomerDetail customer, List<LicenseView> licenses, List<ContactView> contacts,
        List<OpportunityView> openOpportunities, List<ActivityView> activities, List<CustomerSummarySection> sections)
        implements Serializable { }
