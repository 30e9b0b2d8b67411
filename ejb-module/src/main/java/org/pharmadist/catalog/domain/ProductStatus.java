package org.pharmadist.catalog.domain;

/** Whether a product is still bought and sold. Discontinued products keep their stock and history. */
public enum ProductStatus {
    /** Bought and sold. */
    ACTIVE,
    /** No new purchase orders, quotations or sales orders; remaining stock can still be shipped and returned. */
    DISCONTINUED
}
