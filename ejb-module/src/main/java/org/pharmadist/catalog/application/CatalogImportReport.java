package org.pharmadist.catalog.application;

import java.io.Serializable;
import java.util.List;

/**
 * Outcome of a catalog import. Re-importing the same data creates nothing and changes nothing.
 *
 * @param created   products created
 * @param updated   products whose values changed
 * @param unchanged products already up to date
 * @param rejected  rows not imported, each with file, physical line number (header = 1) and reason
 */
public record CatalogImportReport(int created, int updated, int unchanged, List<Rejection> rejected) implements Serializable {

    /**
     * @param file       file name
     * @param lineNumber 1-based physical line
     * @param reason     why the row was not imported
     */
    public record Rejection(String file, int lineNumber, String reason) implements Serializable { }
}
