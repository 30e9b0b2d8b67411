package org.pharmadist.platform.audit;

/**
 * One changed attribute in an audited revision.
 *
 * @param field    attribute name as in the API (Java property name)
 * @param oldValue value before the revision, as text; null when the record was created or the value empty
 * @param newValue value after the revision, as text; null when deleted or emptied
 */
public record FieldChange(String field, String oldValue, String newValue) { }
