package org.pharmadist.crm.application;

import java.io.Serializable;
import java.util.List;

/**
 * What a customer CSV import did.
 *
 * @param rows           data rows read
 * @param created        customers created
 * @param alreadyPresent rows skipped because a customer with that tax id exists (the import is idempotent by tax id)
 * @param rejected       rows not imported, one entry per wrong field, by line
 * @param warnings       imported rows that look like an existing customer (same normalised name)
 */
public record CustomerImportReport(int rows, int created, int alreadyPresent, List<ImportRejection> rejected,
        List<ImportWarning> warnings) implements Serializable {

    public CustomerImportReport {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }
}
