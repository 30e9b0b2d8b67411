package org.pharmadist.insights.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * The AI part of the insights ("AI summary"), always beside the statistical results and never instead of them.
 *
 * @param status          OK, NOT_CONFIGURED (no key: nothing was called) or UNAVAILABLE (the call failed, timed out,
 *                        was rate limited or the circuit is open)
 * @param label           "AI summary"
 * @param message         for users: "AI not configured", "AI unavailable: timeout", or null when OK
 * @param model           model that answered (null unless OK)
 * @param summary         the model's short summary (null unless OK)
 * @param actions         prioritised actions that passed the grounding check (empty unless OK)
 * @param droppedActions  actions dropped because a product, lot, customer or quantity was not in the figures
 * @param dropReasons     why each was dropped
 * @param cached          true when this answer was reused for the same figures (no model call)
 * @param latencyMillis   duration of the model call (0 when cached or not called)
 * @param promptTokens    input tokens of the call
 * @param completionTokens output tokens of the call
 */
public record AiPanel(String status, String label, String message, String model, String summary,
        List<AiAction> actions, int droppedActions, List<String> dropReasons, boolean cached, long latencyMillis,
        long promptTokens, long completionTokens) {

    public static final String OK = "OK";
    public static final String NOT_CONFIGURED = "NOT_CONFIGURED";
    public static final String UNAVAILABLE = "UNAVAILABLE";
    public static final String LABEL = "AI summary";

    /** No key configured: nothing was called. */
    public static AiPanel notConfigured() {
        return new AiPanel(NOT_CONFIGURED, LABEL, "AI not configured", null, null, List.of(), 0, List.of(), false, 0, 0, 0);
    }

    /** The model could not be used. */
    public static AiPanel unavailable(String reason) {
        return new AiPanel(UNAVAILABLE, LABEL, "AI unavailable: " + reason, null, null, List.of(), 0, List.of(), false,
                0, 0, 0);
    }

    /** This answer marked as served from the cache. */
    public AiPanel asCached() {
        return new AiPanel(status, label, message, model, summary, actions, droppedActions, dropReasons, true, 0, 0, 0);
    }

    /**
     * One action the model proposed, each id and quantity checked against the figures.
     *
     * @param priority   1 = first
     * @param type       REORDER, RETURN_TO_SUPPLIER, REDISTRIBUTE, DISCOUNT, CONTACT_CUSTOMER or REVIEW
     * @param productId  product of the figures, or null
     * @param lotId      lot of the expiry risks, or null
     * @param customerId customer of the customer insights, or null
     * @param quantity   a quantity the figures give for that product/lot (stock units), or null
     * @param text       the model's wording
     */
    public record AiAction(int priority, String type, Long productId, Long lotId, Long customerId, BigDecimal quantity,
            String text) {
    }
}
