package org.pharmadist.compliance.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recall on one screen: the FDA report, the lots read from its code_info, every lot of ours it touches and the
 * customers notified.
 *
 * @param lotCoverage        SPECIFIC_LOTS, ALL_LOTS or UNREADABLE
 * @param lotsUnderstood     false when the lots of the report could not be read (flagged: read code_info)
 * @param ndcs               package NDCs named by the report, with our product's name when it is in our catalog
 * @param lots               lots read from code_info, with the expiry the report gives (month-year = last day)
 * @param affectedLots       our lots of those NDCs that the recall touches (one query; see {@link RecallMatchQuery})
 * @param customerDeliveries which customers and shipments received the affected lots; see {@link CustomerDeliveries}
 * @param notices            notices sent, with responses
 * @param version            the recall's version (optimistic locking)
 */
public record RecallDetail(long id, String recallNumber, String eventId, String classification, String fdaStatus,
        String status, String recallingFirm, String reason, String productDescription, String productQuantity,
        String distributionPattern, String codeInfo, LocalDate recallInitiationDate, LocalDate reportDate,
        LocalDate terminationDate, String lotCoverage, boolean lotsUnderstood, String allLotsQualifier,
        String unreadFragments, List<NdcView> ndcs, List<LotView> lots, List<AffectedLot> affectedLots,
        CustomerDeliveries customerDeliveries, List<NoticeView> notices, String closingSummary, Instant closedAt,
        String closedBy, long version) {

    /** A recalled NDC: 11-digit 5-4-2 with hyphens, as the report wrote it, our product name (null: not ours). */
    public record NdcView(String ndc, String asWritten, String productName) { }

    /** A lot named by the report: expiry null when none is given; monthYearOnly when only month and year were. */
    public record LotView(String lotNumber, LocalDate expiryDate, boolean monthYearOnly) { }

    /**
     * Customers and shipments that received the affected lots, net of returns.
     *
     * @param available true: the list is complete for confirmed sales shipments (kept for API stability)
     * @param note      one-line summary, e.g. "3 shipment line(s) of affected lots to 2 customer(s)"
     * @param lines     customer, shipment, lot, shipped, returned, net quantity
     */
    public record CustomerDeliveries(boolean available, String note, List<DeliveryLine> lines) { }

    /** One shipment of an affected lot to a customer: quantities in the stock unit, scale 3, net = shipped - returned. */
    public record DeliveryLine(long customerId, String customerName, long shipmentId, String shipmentNumber, long lotId,
            String lotNumber, java.math.BigDecimal shipped, java.math.BigDecimal returned, java.math.BigDecimal net,
            String unit) { }
}
