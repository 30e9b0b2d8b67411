package org.pharmadist.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * The insights use case (permission {@code insights:view}): computes the figures through
 * {@link InsightsFiguresService} (read data source; its queries borrow a connection only while they run, no
 * transaction), then, with no connection or transaction held, asks {@link InsightsAdvisor} for the AI panel.
 * Deliberately a CDI bean, not an EJB: an EJB method would run the model call inside a container transaction.
 */
@ApplicationScoped
@RequiresPermission(module = "insights", action = "view")
public class InsightsService {

    @Inject
    InsightsFiguresService figures;

    @Inject
    InsightsAdvisor advisor;

    @Inject
    InsightsSettings settings;

    /**
     * Statistics and AI panel.
     *
     * @param serviceLevel optional cycle service level override, 0.5..0.999 (text, e.g. "0.98")
     * @param coverDays    optional cover days override, 0..365
     * @throws org.pharmadist.platform.errors.InvalidInputException for a bad override
     */
    public InsightsReport report(String serviceLevel, String coverDays) {
        InsightsParameters parameters = settings.defaults().with(serviceLevel, coverDays);
        InsightsFigures computed = figures.compute(parameters);
        return new InsightsReport(InsightsReport.STATISTICS_LABEL, computed, advisor.advise(computed));
    }
}
