package org.pharmadist.platform.config;

/**
 * Status of an optional integration for the health checks' data (never makes the server unready). Modules offer
 * one as a CDI bean; {@code PlatformStatusBean} reports every one as {@code name -> status}.
 */
public interface IntegrationStatus {

    /** Key in the health data, e.g. {@code "ai"}. */
    String name();

    /** Current status text, e.g. {@code "ok"}, {@code "unavailable"}, {@code "not-configured"}. */
    String status();
}
