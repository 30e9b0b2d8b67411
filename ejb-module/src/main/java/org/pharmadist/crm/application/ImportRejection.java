package org.pharmadist.crm.application;

import java.io.Serializable;

/**
 * A CSV row the import did not take.
 *
 * @param line   line number in the file (1 = header line)
 * @param field  the column at fault (as in the header), or null when the row as a whole is refused
 * @param reason what is wrong
 */
public record ImportRejection(int line, String field, String reason) implements Serializable { }
