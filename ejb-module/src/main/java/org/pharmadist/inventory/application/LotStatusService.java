package org.pharmadist.inventory.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pharmadist.inventory.domain.InventoryRuleException;
import org.pharmadist.inventory.domain.Lot;
import org.pharmadist.inventory.domain.LotStatus;
import org.pharmadist.inventory.domain.LotStatusChanged;
import org.pharmadist.inventory.domain.LotStatusDecision;
import org.pharmadist.inventory.infrastructure.Actors;
import org.pharmadist.inventory.infrastructure.InventoryStore;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * Status decisions on lots, a quality (QA/compliance) function: quarantine, release from quarantine, damage, recall.
 * Each decision is kept with who, when and why ({@link LotStatusDecision}; 21 CFR 211.22, 211.142) and fires
 * {@link LotStatusChanged}. Repeating a decision on a lot already in the target status changes and records nothing
 * (answered with from == to). Existing reservations stay; pick and shipment refuse lots that are no longer sellable.
 */
@Stateless
@RequiresPermission(module = "inventory", action = "release")
public class LotStatusService {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    InventoryCalendar calendar;

    @Inject
    Event<DomainEvent> events;

    /**
     * Holds a lot (suspect quality, complaint, recall investigation).
     *
     * @throws InvalidInputException  (400 {@code reason-required}) blank reason
     * @throws org.pharmadist.platform.errors.RecordNotFoundException (404) unknown lot
     * @throws InventoryRuleException (422 {@code lot-status-change-refused}) lot is recalled or expired
     */
    public LotDecision quarantine(long lotId, String reason) {
        return decide(lotId, LotStatus.QUARANTINE, reason, List.of(LotStatus.AVAILABLE, LotStatus.DAMAGED));
    }

    /**
     * Quality release of a quarantined lot: it becomes AVAILABLE (sellable through its expiry date).
     *
     * @throws InventoryRuleException (422 {@code lot-status-change-refused}) the lot is not in QUARANTINE, or
     *         (422 {@code lot-expired}) it is past its expiry date
     */
    public LotDecision releaseFromQuarantine(long lotId, String reason) {
        Lot lot = new InventoryStore(em).lot(lotId);
        if (lot.expiryDate() != null && lot.expiryDate().isBefore(calendar.today())) {
            throw new InventoryRuleException("lot-expired", "lotId", "lot " + lot.lotNumber() + " expired on "
                    + lot.expiryDate() + " and cannot be released");
        }
        return decide(lotId, LotStatus.AVAILABLE, reason, List.of(LotStatus.QUARANTINE));
    }

    /** Marks a lot damaged (awaiting destruction or return). Errors as {@link #quarantine}. */
    public LotDecision markDamaged(long lotId, String reason) {
        return decide(lotId, LotStatus.DAMAGED, reason, List.of(LotStatus.AVAILABLE, LotStatus.QUARANTINE));
    }

    /**
     * Marks a lot recalled (manufacturer or FDA recall, 21 CFR Part 7); compliance calls it. A recalled lot never
     * becomes available again here. Errors as {@link #quarantine}.
     */
    public LotDecision markRecalled(long lotId, String reason) {
        return decide(lotId, LotStatus.RECALLED, reason,
                List.of(LotStatus.AVAILABLE, LotStatus.QUARANTINE, LotStatus.DAMAGED, LotStatus.EXPIRED));
    }

    /**
     * The decisions on a lot, oldest first (inventory:view; read from the primary so a decision shows at once).
     *
     * @throws org.pharmadist.platform.errors.RecordNotFoundException (404) unknown lot
     */
    @RequiresPermission(module = "inventory", action = "view")
    public List<LotDecision> decisions(long lotId) {
        Lot lot = new InventoryStore(em).lot(lotId);
        return em.createQuery("SELECT d FROM LotStatusDecision d WHERE d.lotId = :l ORDER BY d.id", LotStatusDecision.class)
                .setParameter("l", lotId).getResultList().stream()
                .map(d -> new LotDecision(d.lotId(), lot.lotNumber(), d.fromStatus().name(), d.toStatus().name(),
                        d.reason(), d.decidedBy(), d.decidedAt())).toList();
    }

    /**
     * A decision on a lot named by id, or by NDC and lot number (as integrators and the portal know it).
     *
     * @param decision QUARANTINE, RELEASE (from quarantine), DAMAGED or RECALLED
     * @throws InvalidInputException (400 {@code invalid-decision}, {@code lot-required}, {@code invalid-ndc}) and the
     *         errors of the individual decisions
     */
    public LotDecision decide(Long lotId, String ndc, String lotNumber, String decision, String reason) {
        long id;
        if (lotId != null) {
            id = lotId;
        } else if (ndc != null && lotNumber != null && !lotNumber.isBlank()) {
            InventoryStore store = new InventoryStore(em);
            Lot lot = store.findLot(store.productByNdc(ndc).id(), lotNumber);
            if (lot == null) {
                throw new org.pharmadist.platform.errors.RecordNotFoundException("lot-not-found",
                        "No lot '" + lotNumber.strip() + "' of NDC " + ndc.strip());
            }
            id = lot.id();
        } else {
            throw new InvalidInputException("lot-required", "lotId", "give lotId, or ndc and lotNumber");
        }
        String d = decision == null ? "" : decision.strip().toUpperCase(java.util.Locale.ROOT);
        return switch (d) {
            case "QUARANTINE" -> quarantine(id, reason);
            case "RELEASE" -> releaseFromQuarantine(id, reason);
            case "DAMAGED" -> markDamaged(id, reason);
            case "RECALLED" -> markRecalled(id, reason);
            default -> throw new InvalidInputException("invalid-decision", "decision",
                    "decision must be QUARANTINE, RELEASE, DAMAGED or RECALLED");
        };
    }

    private LotDecision decide(long lotId, LotStatus target, String reason, List<LotStatus> allowedFrom) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new InvalidInputException("reason-required", "reason", "give the reason for the decision (1-1000 characters)");
        }
        Lot lot = new InventoryStore(em).lotForUpdate(lotId);
        if (lot.status() == target) {
            // repeating a decision is a no-op (idempotent): nothing is recorded, the answer says so (from == to)
            return new LotDecision(lot.id(), lot.lotNumber(), target.name(), target.name(), reason.strip(),
                    Actors.current(), calendar.now());
        }
        if (!allowedFrom.contains(lot.status())) {
            throw new InventoryRuleException("lot-status-change-refused", "lotId", "lot " + lot.lotNumber() + " is "
                    + lot.status() + "; it cannot become " + target + " (allowed from " + allowedFrom + ")");
        }
        return record(em, lot, target, reason.strip(), Actors.current(), calendar.now(), events);
    }

    static LotDecision record(EntityManager em, Lot lot, LotStatus target, String reason, String actor, Instant now,
            Event<DomainEvent> events) {
        LotStatus from = lot.changeStatus(target);
        em.persist(new LotStatusDecision(lot.id(), from, target, reason, actor, now));
        em.flush();
        events.fire(new LotStatusChanged(lot.id(), lot.productId(), lot.lotNumber(), from, target, reason, now));
        return new LotDecision(lot.id(), lot.lotNumber(), from.name(), target.name(), reason, actor, now);
    }

    /**
     * Sets status EXPIRED on AVAILABLE and QUARANTINE lots past their expiry date on {@code today}; run once a day by
     * {@link LotExpiryJob}. Housekeeping only: the sellable rule judges the date itself and never depends on it.
     *
     * @return number of lots marked expired
     */
    @RequiresPermission
    public int expireLots(LocalDate today) {
        List<Lot> lots = em.createQuery("SELECT l FROM Lot l WHERE l.expiryDate < :today AND l.status IN :s", Lot.class)
                .setParameter("today", today).setParameter("s", List.of(LotStatus.AVAILABLE, LotStatus.QUARANTINE))
                .getResultList();
        Instant now = calendar.now();
        for (Lot lot : lots) {
            record(em, lot, LotStatus.EXPIRED, "expiry date " + lot.expiryDate() + " passed", Actors.SYSTEM, now, events);
        }
        return lots.size();
    }
}
