package org.pharmadist.catalog.domain;

/** Whether a drug is sold on prescription (RX) or over the counter (OTC), as FDA lists and CMS flags it. */
public enum MarketingCategory {
    /** Prescription drug (FDA "HUMAN PRESCRIPTION DRUG"; NADAC otc = N). */
    RX,
    /** Over-the-counter drug (FDA "HUMAN OTC DRUG"; NADAC otc = Y). */
    OTC
}
