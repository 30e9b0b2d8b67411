package org.pharmadist.compliance.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One FDA recall enforcement report as read from openFDA ({@code /drug/enforcement}), before it is stored.
 *
 * @param recallNumber             FDA recall number, e.g. "D-0353-2026" (required)
 * @param eventId                  FDA event id
 * @param classification           Class I/II/III
 * @param fdaStatus                FDA's status of the recall: "Ongoing", "Completed", "Terminated"
 * @param recallingFirm            the recalling firm
 * @param reason                   reason for recall
 * @param productDescription       the product as described, usually with its NDCs
 * @param productQuantity          quantity recalled as written ("184,320 containers")
 * @param distributionPattern      where it was distributed
 * @param voluntaryMandated        "Voluntary: Firm initiated", ...
 * @param codeInfo                 code_info followed by more_code_info (free text with lots and expiries)
 * @param recallInitiationDate     dates as openFDA gives them (yyyyMMdd), null when absent
 * @param centerClassificationDate see above
 * @param reportDate               see above
 * @param terminationDate          see above
 * @param ndcs                     package NDCs named by the report, without duplicates
 * @param sourceRecord             the record's JSON text as received (provenance)
 */
public record RecallReport(String recallNumber, String eventId, RecallClassification classification, String fdaStatus,
        String recallingFirm, String reason, String productDescription, String productQuantity, String distributionPattern,
        String voluntaryMandated, String codeInfo, LocalDate recallInitiationDate, LocalDate centerClassificationDate,
        LocalDate reportDate, LocalDate terminationDate, List<RecallNdc> ndcs, String sourceRecord) {

    public RecallReport {
        ndcs = List.copyOf(ndcs);
    }
}
