package org.pharmadist.crm.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.pharmadist.crm.application.ActivityRequest;
import org.pharmadist.crm.application.Customer360;
import org.pharmadist.crm.application.Customer360Service;
import org.pharmadist.crm.application.PipelineService;
import org.pharmadist.crm.domain.ActivityKind;
import org.pharmadist.platform.web.PortalMessages;

/** The customer 360 page ({@code ?id=}) with a small form to record an activity and buttons to mark tasks done. */
@Named
@ViewScoped
public class Customer360View implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Customer360Service service;

    @Inject
    transient PipelineService pipeline;

    private Long id;
    private Customer360 view;
    private String activityKind = "CALL";
    private String activitySubject;
    private String activityDueOn;

    public void load() {
        if (id == null) {
            CrmForms.info("No customer chosen: open one from the customer list.");
            return;
        }
        try {
            view = service.view(id);
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    /** Records the activity typed in the form. */
    public void addActivity() {
        try {
            pipeline.createActivity(new ActivityRequest(activityKind, activitySubject, null, activityDueOn, id, null, null));
            activitySubject = null;
            activityDueOn = null;
            view = service.view(id);
            CrmForms.info("Activity recorded.");
        } catch (RuntimeException e) {
            CrmForms.show(e, f -> switch (f) {
                case "kind" -> "activityForm:activityKind";
                case "subject" -> "activityForm:activitySubject";
                case "dueOn" -> "activityForm:activityDueOn";
                default -> null;
            });
        }
    }

    /** Marks an activity done. */
    public void markDone(long activityId) {
        try {
            pipeline.setActivityDone(activityId, true);
            view = service.view(id);
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    public ActivityKind[] getActivityKinds() {
        return ActivityKind.values();
    }

    public Customer360 getView() { return view; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getActivityKind() { return activityKind; }
    public void setActivityKind(String v) { activityKind = v; }
    public String getActivitySubject() { return activitySubject; }
    public void setActivitySubject(String v) { activitySubject = v; }
    public String getActivityDueOn() { return activityDueOn; }
    public void setActivityDueOn(String v) { activityDueOn = v; }
}
