package org.pharmadist.compliance.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.compliance.domain.LotCoverage;
import org.pharmadist.compliance.domain.Recall;
import org.pharmadist.compliance.domain.RecallNotice;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.inventory.application.InventoryCalendar;
import org.pharmadist.inventory.application.LotDecision;
import org.pharmadist.inventory.application.LotRecallHold;
import org.pharmadist.inventory.infrastructure.Actors;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * A recall on one screen and the actions on it: quarantine every affected lot still in stock (lot status RECALLED
 * through inventory's {@link LotRecallHold}: allocation, pick and shipment refuse it), notify customers (one notice
 * per customer, PDF), record their responses with the returned quantity, close with a summary. Reads and writes on
 * the primary database, so a user sees the effect of an action at once. Changes carry the version read (409
 * changed-by-another-user when stale).
 */
@Stateless
@RequiresPermission(module = "compliance", action = "recall")
public class RecallService {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @EJB
    LotRecallHold lotRecallHold;

    @Inject
    InventoryCalendar calendar;

    /**
     * The recall with its parsed lots, every affected lot of ours and the notices.
     *
     * @throws RecordNotFoundException (404 recall-not-found)
     */
    @RequiresPermission(module = "compliance", action = "view")
    public RecallDetail get(long id) {
        return detail(recall(id));
    }

    /** As {@link #get(long)} by FDA recall number ("D-0353-2026"). */
    @RequiresPermission(module = "compliance", action = "view")
    public RecallDetail byNumber(String recallNumber) {
        return detail(recallByNumber(recallNumber));
    }

    /** The id of a recall number. @throws RecordNotFoundException (404 recall-not-found) */
    @RequiresPermission(module = "compliance", action = "view")
    public long idOf(String recallNumber) {
        return recallByNumber(recallNumber).id();
    }

    /**
     * Quarantines every affected lot still in stock: lot status RECALLED with the reason "FDA recall {number}
     * ({class}): {reason}" (and the user's note when given). Lots already recalled and lots without stock are left
     * alone. OPEN becomes IN_PROGRESS. When the report's lots could not be read, nothing is quarantined blindly:
     * 422 lots-unreadable (quarantine the lots by hand in inventory after reading the report).
     *
     * @param version the recall version read (optimistic locking); null skips the check
     * @param note    optional note added to each lot decision's reason
     * @return the lot decisions taken (empty when nothing was in stock)
     * @throws ConflictException (409 changed-by-another-user), ComplianceRuleViolation (422 recall-closed,
     *         lots-unreadable)
     */
    public List<LotDecision> quarantine(long id, Long version, String note) {
        Recall recall = recallForUpdate(id, version);
        recall.requireNotClosed();
        if (recall.lotCoverage() == LotCoverage.UNREADABLE) {
            throw new org.pharmadist.compliance.domain.ComplianceRuleViolation("lots-unreadable", "codeInfo",
                    "the lots of recall " + recall.recallNumber() + " could not be read from its code_info; read the report "
                            + "and quarantine the lots concerned in inventory");
        }
        String reason = "FDA recall " + recall.recallNumber() + " (" + recall.classification().label() + "): "
                + recall.reason();
        if (note != null && !note.isBlank()) {
            reason = note.strip() + " - " + reason;
        }
        if (reason.length() > 1000) {
            reason = reason.substring(0, 1000);
        }
        List<LotDecision> decisions = new ArrayList<>();
        for (AffectedLot lot : RecallMatchQuery.affectedLots(em, id)) {
            if (lot.inStock() && !"RECALLED".equals(lot.lotStatus())) {
                decisions.add(lotRecallHold.markRecalled(lot.lotId(), reason));
            }
        }
        recall.startWork(calendar.now());
        em.flush();
        return decisions;
    }

    /**
     * Notifies customers: one notice per customer (a customer already notified keeps its notice). OPEN becomes
     * IN_PROGRESS.
     *
     * @param customerIds the customers (crm) that received the recalled product
     * @return the recall's notices after the call
     * @throws InvalidInputException (400 customers-required), RecordNotFoundException (404 customer-not-found)
     */
    public List<NoticeView> notifyCustomers(long id, Long version, List<Long> customerIds) {
        if (customerIds == null || customerIds.isEmpty() || customerIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("customers-required", "customerIds", "name at least one customer to notify");
        }
        Recall recall = recallForUpdate(id, version);
        recall.requireNotClosed();
        Instant now = calendar.now();
        String user = Actors.current();
        for (Long customerId : new LinkedHashSet<>(customerIds)) {
            Customer c = em.find(Customer.class, customerId);
            if (c == null) {
                throw new RecordNotFoundException("customer-not-found", "No customer " + customerId);
            }
            boolean known = !em.createQuery("SELECT n.id FROM RecallNotice n WHERE n.recallId = :r AND n.customerId = :c",
                    Long.class).setParameter("r", id).setParameter("c", customerId).getResultList().isEmpty();
            if (!known) {
                em.persist(new RecallNotice(id, customerId, c.legalName(), user, now));
            }
        }
        recall.startWork(now);
        em.flush();
        return notices(recall);
    }

    /**
     * Records a customer's response to a notice.
     *
     * @param returnedQuantity decimal text, 0 or more (scale 3, HALF_UP)
     * @param unit             ASC X12 unit code, e.g. "EA"
     * @throws InvalidInputException (400 invalid-response naming returnedQuantity, unit or response),
     *         RecordNotFoundException (404 notice-not-found), ConflictException (409), ComplianceRuleViolation (422
     *         recall-closed)
     */
    public NoticeView respond(long recallId, long noticeId, Long version, String response, String returnedQuantity,
            String unit) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        BigDecimal quantity = null;
        try {
            quantity = returnedQuantity == null || returnedQuantity.isBlank() ? null : new BigDecimal(returnedQuantity.strip());
        } catch (NumberFormatException e) {
            errors.put("returnedQuantity", "returnedQuantity must be a decimal number, e.g. \"12\" or \"2.5\"");
        }
        if (quantity == null && !errors.containsKey("returnedQuantity")) {
            errors.put("returnedQuantity", "give the quantity the customer returned (0 when none)");
        } else if (quantity != null && quantity.signum() < 0) {
            errors.put("returnedQuantity", "returnedQuantity cannot be negative");
        }
        String u = unit == null ? "" : unit.strip().toUpperCase(Locale.ROOT);
        try {
            UnitOfMeasure.valueOf(u);
        } catch (IllegalArgumentException e) {
            errors.put("unit", "unit must be an ASC X12 unit code such as EA, BX, CA");
        }
        if (response != null && response.strip().length() > 2000) {
            errors.put("response", "response is limited to 2000 characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("invalid-response", errors.values().iterator().next(), errors);
        }
        Recall recall = recall(recallId);
        recall.requireNotClosed();
        RecallNotice notice = em.find(RecallNotice.class, noticeId, LockModeType.PESSIMISTIC_WRITE);
        if (notice == null || notice.recallId() != recallId) {
            throw new RecordNotFoundException("notice-not-found", "No notice " + noticeId + " of recall " + recall.recallNumber());
        }
        if (version != null && version != notice.version()) {
            throw new ConflictException("changed-by-another-user", "the notice to " + notice.customerName()
                    + " was changed by another user; reload it");
        }
        notice.respond(response == null || response.isBlank() ? null : response.strip(), quantity, u, Actors.current(),
                calendar.now());
        em.flush();
        return view(notice, recall.recallNumber());
    }

    /**
     * Closes the recall with a summary.
     *
     * @throws InvalidInputException (400 summary-required), ConflictException (409), ComplianceRuleViolation (422
     *         recall-closed, invalid-status-transition when still OPEN)
     */
    public RecallDetail close(long id, Long version, String summary) {
        if (summary == null || summary.isBlank() || summary.strip().length() > 4000) {
            throw new InvalidInputException("summary-required", "summary",
                    "give the closing summary (what was quarantined, notified and returned; 1-4000 characters)");
        }
        Recall recall = recallForUpdate(id, version);
        recall.close(summary.strip(), Actors.current(), calendar.now());
        em.flush();
        return detail(recall);
    }

    /**
     * The notice letter of one customer as a PDF (A4/Letter, OpenPDF).
     *
     * @throws RecordNotFoundException (404 notice-not-found)
     */
    @RequiresPermission(module = "compliance", action = "view")
    public byte[] noticePdf(long recallId, long noticeId) {
        Recall recall = recall(recallId);
        RecallNotice notice = em.find(RecallNotice.class, noticeId);
        if (notice == null || notice.recallId() != recallId) {
            throw new RecordNotFoundException("notice-not-found", "No notice " + noticeId + " of recall " + recall.recallNumber());
        }
        return RecallNoticePdf.render(detail(recall), view(notice, recall.recallNumber()), calendar.zone());
    }

    private RecallDetail detail(Recall r) {
        List<AffectedLot> affected = RecallMatchQuery.affectedLots(em, r.id());
        Map<String, String> names = new java.util.HashMap<>();
        List<String> ndc11s = r.ndcs().stream().map(n -> n.ndc11()).toList();
        if (!ndc11s.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT ndc11, name FROM product WHERE ndc11 IN (:n)")
                    .setParameter("n", ndc11s).getResultList();
            rows.forEach(row -> names.put(((String) row[0]).strip(), (String) row[1]));
        }
        List<RecallDetail.NdcView> ndcs = r.ndcs().stream().map(n -> new RecallDetail.NdcView(
                n.ndc11().substring(0, 5) + "-" + n.ndc11().substring(5, 9) + "-" + n.ndc11().substring(9), n.ndcText(),
                names.get(n.ndc11()))).toList();
        List<RecallDetail.LotView> lots = r.recalledLots().stream()
                .map(l -> new RecallDetail.LotView(l.lotNumber(), l.expiryDate(), l.monthYearOnly())).toList();
        return new RecallDetail(r.id(), r.recallNumber(), r.eventId(), r.classification().name(), r.fdaStatus(),
                r.status().name(), r.recallingFirm(), r.reason(), r.productDescription(), r.productQuantity(),
                r.distributionPattern(), r.codeInfo(), r.recallInitiationDate(), r.reportDate(), r.terminationDate(),
                r.lotCoverage().name(), r.lotCoverage() != LotCoverage.UNREADABLE, r.allLotsQualifier(),
                r.unreadFragments(), ndcs, lots, affected,
                deliveries(r.id()),
                notices(r), r.closingSummary(), r.closedAt(), r.closedBy(), r.version());
    }

    private RecallDetail.CustomerDeliveries deliveries(long recallId) {
        List<RecallDetail.DeliveryLine> lines = RecallMatchQuery.deliveries(em, recallId);
        long customers = lines.stream().mapToLong(RecallDetail.DeliveryLine::customerId).distinct().count();
        return new RecallDetail.CustomerDeliveries(true, lines.isEmpty() ? "No affected lot was shipped to a customer."
                : lines.size() + " shipment line(s) of affected lots to " + customers + " customer(s)", lines);
    }

    private List<NoticeView> notices(Recall r) {
        return em.createQuery("SELECT n FROM RecallNotice n WHERE n.recallId = :r ORDER BY n.customerName, n.id",
                RecallNotice.class).setParameter("r", r.id()).getResultList().stream()
                .map(n -> view(n, r.recallNumber())).collect(Collectors.toList());
    }

    static NoticeView view(RecallNotice n, String recallNumber) {
        return new NoticeView(n.id(), n.recallId(), recallNumber, n.customerId(), n.customerName(), n.status().name(),
                n.notifiedAt(), n.notifiedBy(), n.response(), n.returnedQuantity(), n.returnedUnit(), n.respondedAt(),
                n.respondedBy(), n.version());
    }

    private Recall recall(long id) {
        Recall r = em.find(Recall.class, id);
        if (r == null) {
            throw new RecordNotFoundException("recall-not-found", "No recall " + id);
        }
        return r;
    }

    private Recall recallByNumber(String number) {
        List<Recall> found = em.createQuery("SELECT r FROM Recall r WHERE r.recallNumber = :n", Recall.class)
                .setParameter("n", number == null ? "" : number.strip().toUpperCase(Locale.ROOT)).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("recall-not-found", "No recall " + number);
        }
        return found.get(0);
    }

    private Recall recallForUpdate(long id, Long version) {
        Recall r = em.find(Recall.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new RecordNotFoundException("recall-not-found", "No recall " + id);
        }
        if (version != null && version != r.version()) {
            throw new ConflictException("changed-by-another-user", "recall " + r.recallNumber()
                    + " was changed by another user; reload it");
        }
        return r;
    }
}
