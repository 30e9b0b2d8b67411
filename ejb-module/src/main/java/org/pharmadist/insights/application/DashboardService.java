package org.pharmadist.insights.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * The management dashboard's figures (insights:view), served from {@link DashboardCache}: a read costs nothing
 * until a committed change or the maximum age makes the figures stale, then one recomputation by
 * {@link DashboardQueries} on the read data source. No transaction is held.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresPermission(module = "insights", action = "view")
public class DashboardService {

    @Inject
    DashboardCache cache;

    @Inject
    DashboardQueries queries;

    /** Current figures (see {@link DashboardFigures} for what each means). */
    public DashboardFigures figures() {
        return cache.get(queries::compute);
    }

    /**
     * Share of dashboard reads served from the cache since start, 0..1 (NaN before the first read).
     */
    public double cacheHitRatio() {
        long h = cache.hits();
        long m = cache.misses();
        return h + m == 0 ? Double.NaN : (double) h / (h + m);
    }
}
