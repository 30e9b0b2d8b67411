package org.pharmadist.sales.application;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Extension point for compliance (architecture: sales defines it, compliance implements it): may this product be
 * sold to this customer on this business day? Asked by quotations when a line is added and when the quotation is
 * sent, in the caller's transaction; a refusal is a 422 {@link org.pharmadist.sales.domain.SalesRuleViolation}
 * whose type is the refusal's code, the same over REST, SOAP (fault code) and in the portal (beside the product).
 */
public interface SaleEligibility {

    /**
     * Why the sale is refused.
     *
     * @param code    stable code, e.g. "state-license-expired", "dea-schedule-not-covered"
     * @param rule    the rule and its source, e.g. "21 CFR 1301.74(a): ..."
     * @param message what is refused, naming the customer's license or registration and the product
     */
    record Refusal(String code, String rule, String message) { }

    /**
     * @param customerId  crm customer id
     * @param productId   catalog product id
     * @param shipToState two-letter ship-to state of the document, or null for the customer's own ship-to address
     * @param day         business day of the step (company time zone)
     * @return empty when the sale is allowed
     */
    Optional<Refusal> refusal(long customerId, long productId, String shipToState, LocalDate day);
}
