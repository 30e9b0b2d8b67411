package org.pharmadist.sales.application;

/**
 * A decision on a hold.
 *
 * @param version the order version read (409 "changed-by-another-user" when stale)
 * @param reason  why it is released or rejected, required (kept on the hold)
 */
public record HoldDecision(Long version, String reason) { }
