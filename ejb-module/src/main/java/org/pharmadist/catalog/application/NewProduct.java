package org.pharmadist.catalog.application;

import java.io.Serializable;

/**
 * A product entered by hand for an NDC the reference data does not have (e.g. a new launch or a private label).
 *
 * @param ndc               10-digit hyphenated NDC ("0338-0424-18", then the GTIN-14 is derived) or 11-digit NDC;
 *                          must not exist yet
 * @param name              product name as on the label; required, up to 1000 characters
 * @param marketingCategory RX or OTC; required
 * @param labeler           labeler or manufacturer; optional, up to 1000 characters
 * @param stockKeeping      the maintainable fields (its version is ignored: a new product starts at version 0)
 */
public record NewProduct(String ndc, String name, String marketingCategory, String labeler, ProductChange stockKeeping)
        implements Serializable { }
