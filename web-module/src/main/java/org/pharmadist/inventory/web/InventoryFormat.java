package org.pharmadist.inventory.web;

import org.pharmadist.inventory.application.ExpiryBand;

/** Row highlighting shared by the inventory screens, from {@link ExpiryBand} (never its own date arithmetic). */
final class InventoryFormat {

    private InventoryFormat() {
    }

    /** "pd-expired" / "pd-near-expiry" by expiry band, plus "pd-blocked" when the lot status is not AVAILABLE. */
    static String rowClass(Long daysToExpiry, String lotStatus, int horizonDays) {
        String band = switch (ExpiryBand.of(daysToExpiry, horizonDays)) {
            case EXPIRED -> "pd-expired";
            case NEAR_EXPIRY -> "pd-near-expiry";
            default -> "";
        };
        String blocked = "AVAILABLE".equals(lotStatus) ? "" : "pd-blocked";
        return (band + " " + blocked).strip();
    }

    /** "expired", "near expiry" or "" for the band. */
    static String expiryText(Long daysToExpiry, int horizonDays) {
        return switch (ExpiryBand.of(daysToExpiry, horizonDays)) {
            case EXPIRED -> "expired";
            case NEAR_EXPIRY -> "near expiry";
            default -> "";
        };
    }
}
