package org.pharmadist.compliance.application;

import java.util.List;

/**
 * The outcome of importing openFDA recall records; idempotent on the recall number.
 *
 * @param received      records in the document
 * @param created       new recalls
 * @param updated       known recalls whose FDA record changed (our workflow status and notices are kept)
 * @param unchanged     known recalls received again unchanged
 * @param lotsUnreadable of created or updated recalls, how many had code_info whose lots could not be read (flagged)
 * @param rejected      records not taken, with their position and reason
 * @param recallNumbers recall numbers taken (created, updated or unchanged), in input order
 */
public record RecallImportReport(int received, int created, int updated, int unchanged, int lotsUnreadable,
        List<Rejection> rejected, List<String> recallNumbers) {

    /** A record not taken: 0-based position in the document, its recall number when present, and why. */
    public record Rejection(int index, String recallNumber, String reason) { }
}
