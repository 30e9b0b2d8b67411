package org.pharmadist.compliance.application;

import java.time.LocalDate;

/**
 * A recall in the list.
 *
 * @param classification     CLASS_I, CLASS_II, CLASS_III or UNCLASSIFIED
 * @param status             our workflow: OPEN, IN_PROGRESS, CLOSED
 * @param fdaStatus          FDA's: Ongoing, Completed, Terminated
 * @param productDescription the product, at most 200 characters
 * @param lotCoverage        SPECIFIC_LOTS, ALL_LOTS or UNREADABLE (flagged)
 * @param lotCount           lots read from code_info
 * @param catalogProducts    how many of its NDCs are products of our catalog (0: it cannot touch our stock)
 */
public record RecallSummary(long id, String recallNumber, String classification, String status, String fdaStatus,
        String recallingFirm, String productDescription, LocalDate reportDate, String lotCoverage, int lotCount,
        int ndcCount, int catalogProducts) { }
