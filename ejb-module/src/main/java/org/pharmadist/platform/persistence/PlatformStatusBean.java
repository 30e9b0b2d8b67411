package org.pharmadist.platform.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.pharmadist.platform.config.IntegrationStatus;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.health.PlatformStatus;

/** Answers the health checks in the EAR's lib/ (see {@link PlatformStatus#JNDI_NAME}). */
@Singleton(name = "PlatformStatusBean")
@Local(PlatformStatus.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStatusBean implements PlatformStatus {

    @Inject
    DatabaseLifecycle database;

    @Inject
    PharmaDistSettings settings;

    @Override
    public Readiness databaseReadiness() {
        Map<String, String> details = new LinkedHashMap<>(database.details());
        boolean up = database.isAvailable() && settings.problems().isEmpty();
        if (!settings.problems().isEmpty()) {
            details.put("configuration", String.join("; ", settings.problems()));
        }
        return new Readiness(up, details);
    }

    @Inject
    @Any
    Instance<IntegrationStatus> integrations;

    @Override
    public Map<String, String> integrations() {
        Map<String, String> out = new LinkedHashMap<>();
        for (IntegrationStatus i : integrations) {
            out.put(i.name(), i.status());
        }
        out.putIfAbsent("ai", settings.openAiApiKey().isPresent() ? "configured" : "not-configured");
        return out;
    }
}
