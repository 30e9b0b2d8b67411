package org.pharmadist.crm.application;

import java.io.Serializable;

/**
 * A row that was imported but looks like an existing customer.
 *
 * @param line               line number in the file
 * @param code               "same-name" (a same tax id row is not imported again, see {@link CustomerImportReport})
 * @param existingCustomerId the customer it looks like
 * @param message            sentence naming that customer
 */
public record ImportWarning(int line, String code, long existingCustomerId, String message) implements Serializable { }
