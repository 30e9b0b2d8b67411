package org.pharmadist.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.persistence.DatabaseLifecycle;

/** What the portal's header shows about the system: company, database and AI status, in words. */
@Named
@RequestScoped
public class PortalStatus {

    @Inject
    DatabaseLifecycle database;

    @Inject
    PharmaDistSettings settings;

    /** Company name from configuration. */
    public String getCompanyName() {
        return settings.companyName();
    }

    /** Null when the database is usable, otherwise why not. */
    public String getDatabaseProblem() {
        return database.unavailableReason();
    }

    /** "AI not configured" when no OpenAI key is set, otherwise null. */
    public String getAiStatus() {
        return settings.openAiApiKey().isPresent() ? null : "AI not configured";
    }
}
