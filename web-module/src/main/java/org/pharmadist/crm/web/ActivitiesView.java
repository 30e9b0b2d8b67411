package org.pharmadist.crm.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pharmadist.crm.application.ActivityView;
import org.pharmadist.crm.application.PipelineQueryService;
import org.pharmadist.crm.application.PipelineService;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.web.PortalMessages;

/** All activities (open first, by due date), optionally only open ones, with a button to mark one done. */
@Named
@ViewScoped
public class ActivitiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PipelineQueryService queries;

    @Inject
    transient PipelineService pipeline;

    private boolean openOnly = true;
    private List<ActivityView> activities = List.of();

    @PostConstruct
    void init() {
        reload();
    }

    public void reload() {
        try {
            activities = queries.activities(null, null, null, openOnly, new PageRequest(PageRequest.MAX_LIMIT, 0, null)).items();
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    public void markDone(long id) {
        try {
            pipeline.setActivityDone(id, true);
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
        reload();
    }

    public boolean isOpenOnly() { return openOnly; }
    public void setOpenOnly(boolean v) { openOnly = v; }
    public List<ActivityView> getActivities() { return activities; }
}
