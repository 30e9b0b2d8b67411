package org.pharmadist.insights.domain;

/**
 * What to do with stock of a lot that will not sell before it expires (see {@link ExpiryRiskCalculator} for the
 * thresholds).
 */
public enum ExpiryAction {
    /** Enough shelf life left for the supplier's return window: send it back for credit. */
    RETURN_TO_SUPPLIER,
    /** Too late to return, still time to move it to warehouses or customers that use it. */
    REDISTRIBUTE,
    /** Little shelf life left: sell it at a discount before it expires. */
    DISCOUNT
}
