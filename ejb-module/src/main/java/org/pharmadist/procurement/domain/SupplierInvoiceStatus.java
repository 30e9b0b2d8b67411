package org.pharmadist.procurement.domain;

/** Result of the three-way match of a supplier invoice, and its approval. */
public enum SupplierInvoiceStatus {
    /** Every line agrees with the purchase order and the goods received, within tolerance: payable. */
    MATCHED,
    /** At least one line differs beyond tolerance: held until approved. */
    MISMATCH,
    /** A mismatch approved by a user holding procurement:invoice, with a reason: payable. */
    APPROVED
}
