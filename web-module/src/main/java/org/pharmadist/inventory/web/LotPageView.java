package org.pharmadist.inventory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.inventory.application.LedgerEntry;
import org.pharmadist.inventory.application.LotDecision;
import org.pharmadist.inventory.application.LotStatusService;
import org.pharmadist.inventory.application.LotView;
import org.pharmadist.inventory.application.StockLine;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.web.PortalMessages;

/**
 * One lot ({@code inventory/lot.xhtml?ndc=...&lotId=...}, inventory:view): its details, where it is stocked, its stock
 * ledger (in booking order, up to {@value #LEDGER_ROWS} entries), its status decisions and, for users with
 * inventory:release, the actions quarantine, release from quarantine and mark damaged, each with a mandatory reason (21 CFR 211.22).
 */
@Named
@ViewScoped
public class LotPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LEDGER_ROWS = 500;
    private static final String REASON_FIELD = "decisionForm:reason";

    @Inject
    InventoryQueryService inventory;

    @Inject
    LotStatusService lotStatus;

    private String ndc;
    private Long lotId;
    private LotView lot;
    private List<StockLine> locations = List.of();
    private List<LedgerEntry> ledger = List.of();
    private long ledgerTotal;
    private List<LotDecision> decisions = List.of();
    private String reason;
    private int horizonDays;

    /** View action: loads the lot named by the view parameters. */
    public void load() {
        if (ndc == null || ndc.isBlank() || lotId == null) {
            InventoryPages.fieldError(null, "Open a lot from the stock page (the address needs ndc and lotId).");
            return;
        }
        refresh();
    }

    private void refresh() {
        try {
            horizonDays = inventory.nearExpiryHorizonDays();
            lot = inventory.lots(ndc).stream().filter(l -> l.id() == lotId).findFirst().orElse(null);
            if (lot == null) {
                InventoryPages.fieldError(null, "Product " + ndc.strip() + " has no lot with id " + lotId + ".");
                return;
            }
            locations = inventory.stockByProduct(ndc, null).stream().filter(s -> s.lotId() == lotId).toList();
            Page<LedgerEntry> page = inventory.ledger(null, lotId, new PageRequest(LEDGER_ROWS, 0, null));
            ledger = page.items();
            ledgerTotal = page.total();
        } catch (RuntimeException e) {
            lot = null;
            PortalMessages.show(e);
            return;
        }
        try {
            decisions = lotStatus.decisions(lotId);
        } catch (RuntimeException e) {
            decisions = List.of();
            PortalMessages.show(e);
        }
    }

    /** Quarantines the lot (hold). */
    public void quarantine() {
        decide("QUARANTINE");
    }

    /** Releases the lot from quarantine (quality release). */
    public void release() {
        decide("RELEASE");
    }

    /** Marks the lot damaged. */
    public void markDamaged() {
        decide("DAMAGED");
    }

    private void decide(String decision) {
        if (reason == null || reason.isBlank()) {
            InventoryPages.fieldError(REASON_FIELD, "Give the reason for the decision.");
            return;
        }
        try {
            LotDecision d = lotStatus.decide(lotId, null, null, decision, reason);
            InventoryPages.info(d.fromStatus().equals(d.toStatus())
                    ? "Lot " + d.lotNumber() + " is already " + d.toStatus() + "; nothing changed."
                    : "Lot " + d.lotNumber() + ": " + d.fromStatus() + " → " + d.toStatus() + " (" + d.reason() + ").");
            reason = null;
        } catch (RuntimeException e) {
            InventoryPages.show(e, Map.of("reason", REASON_FIELD, "lotId", REASON_FIELD));
            return;
        }
        refresh();
    }

    /** CSS classes of the lot (expiry band, blocked status). */
    public String getLotClass() {
        return lot == null ? "" : InventoryFormat.rowClass(lot.daysToExpiry(), lot.status(), horizonDays);
    }

    /** "expired", "near expiry" or "". */
    public String getExpiryText() {
        return lot == null ? "" : InventoryFormat.expiryText(lot.daysToExpiry(), horizonDays);
    }

    /** "2026-05-01 13:45:10" UTC. */
    public String utc(java.time.Instant instant) {
        return InventoryPages.utc(instant);
    }

    public String getNdc() {
        return ndc;
    }

    public void setNdc(String ndc) {
        this.ndc = ndc;
    }

    /** The {@code lotId} view parameter as typed in the address. */
    public String getLotIdParam() {
        return lotId == null ? null : lotId.toString();
    }

    /** Sets {@code lotId} from the view parameter; a malformed value leaves it unset with a page message. */
    public void setLotIdParam(String text) {
        this.lotId = InventoryPages.idParameter(text, "lotId");
    }

    public Long getLotId() {
        return lotId;
    }

    public void setLotId(Long lotId) {
        this.lotId = lotId;
    }

    /** The lot, null when not found. */
    public LotView getLot() {
        return lot;
    }

    /** Where the lot is stocked. */
    public List<StockLine> getLocations() {
        return locations;
    }

    /** Ledger entries in booking order. */
    public List<LedgerEntry> getLedger() {
        return ledger;
    }

    /** Number of ledger entries of the lot. */
    public long getLedgerTotal() {
        return ledgerTotal;
    }

    /** Status decisions, oldest first. */
    public List<LotDecision> getDecisions() {
        return decisions;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Near-expiry horizon in days. */
    public int getHorizonDays() {
        return horizonDays;
    }
}
