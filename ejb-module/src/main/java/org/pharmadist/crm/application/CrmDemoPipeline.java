package org.pharmadist.crm.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pharmadist.crm.domain.Activity;
import org.pharmadist.crm.domain.ActivityKind;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.crm.domain.CustomerType;
import org.pharmadist.crm.domain.Lead;
import org.pharmadist.crm.domain.Opportunity;
import org.pharmadist.crm.domain.OpportunityStage;
import org.pharmadist.platform.config.PharmaDistSettings;

/**
 * A small fictitious pipeline for the demo, written by the server itself at start-up (not on behalf of a user):
 * leads, opportunities in every open stage and a few activities on the demo customers. Only when no lead exists.
 */
@Stateless
public class CrmDemoPipeline {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    PharmaDistSettings settings;

    /** Creates the demo pipeline; returns the number of records created (0 when there were leads already). */
    public int seed() {
        if (em.createQuery("SELECT count(l) FROM Lead l", Long.class).getSingleResult() > 0) {
            return 0;
        }
        List<Customer> customers = em.createQuery("SELECT c FROM Customer c ORDER BY c.legalName", Customer.class)
                .setMaxResults(12).getResultList();
        if (customers.size() < 6) {
            return 0;
        }
        Instant now = CustomerService.now();
        LocalDate today = LocalDate.now(settings.timeZone());
        int n = 0;
        Lead[] leads = {
            new Lead("Cedar Point Compounding Pharmacy", CustomerType.RETAIL_PHARMACY, "Helen Brooks",
                    "helen.brooks@cedarpoint.example", "(419) 555-0141", "trade show", now),
            new Lead("Magnolia Hospice Care", CustomerType.LONG_TERM_CARE, "Victor Ruiz",
                    "victor.ruiz@magnoliahospice.example", "(504) 555-0142", "referral", now),
            new Lead("Granite State Urgent Care", CustomerType.CLINIC, "Ellen Frost", null, "(603) 555-0143",
                    "website", now)};
        for (Lead l : leads) {
            em.persist(l);
            n++;
        }
        em.flush();
        Object[][] opportunities = {
            {"Controlled-substance vault restock", customers.get(0), OpportunityStage.NEGOTIATION, "48500.00", null, 21},
            {"Oncology infusion program", customers.get(1), OpportunityStage.PROPOSAL, "215000.00", 60, 45},
            {"Flu season vaccines", customers.get(2), OpportunityStage.QUALIFICATION, "32000.00", null, 30},
            {"Generic injectables contract", customers.get(3), OpportunityStage.PROSPECTING, "120000.00", null, 90},
            {"Unit-dose packaging switch", customers.get(4), OpportunityStage.PROPOSAL, "27850.50", null, 40},
            {"Biosimilar conversion", customers.get(5), OpportunityStage.WON, "64000.00", null, -10},
            {"Cold-chain insulin supply", customers.get(6), OpportunityStage.LOST, "18000.00", null, -20}};
        for (Object[] o : opportunities) {
            Customer c = (Customer) o[1];
            Opportunity opp = new Opportunity((String) o[0], c.id(), null, now);
            opp.update((String) o[0], (OpportunityStage) o[2], new BigDecimal((String) o[3]), (Integer) o[4],
                    today.plusDays((Integer) o[5]));
            em.persist(opp);
            n++;
        }
        Opportunity leadOpp = new Opportunity("Sterile compounding supplies", null, leads[0].id(), now);
        leadOpp.update("Sterile compounding supplies", OpportunityStage.QUALIFICATION, new BigDecimal("15400.00"), null,
                today.plusDays(60));
        em.persist(leadOpp);
        n++;
        Activity[] activities = {
            new Activity(ActivityKind.CALL, "Discussed CII ordering limits", "Buyer asked about CSOS ordering.", null,
                    customers.get(0).id(), null, null, "system", now),
            new Activity(ActivityKind.TASK, "Send renewed DEA registration copy", null, today.plusDays(7),
                    customers.get(0).id(), null, null, "system", now),
            new Activity(ActivityKind.VISIT, "Quarterly business review", "Reviewed fill rate and backorders.", null,
                    customers.get(1).id(), null, null, "system", now),
            new Activity(ActivityKind.TASK, "Prepare infusion pricing proposal", null, today.minusDays(2),
                    customers.get(1).id(), null, null, "system", now),
            new Activity(ActivityKind.NOTE, "Prefers deliveries before 10 am", null, null, customers.get(2).id(), null,
                    null, "system", now),
            new Activity(ActivityKind.CALL, "Intro call", "Interested in compounding supplies.", null, null,
                    leads[0].id(), null, "system", now)};
        for (Activity a : activities) {
            em.persist(a);
            n++;
        }
        activities[2].markDone(true);
        em.flush();
        return n;
    }
}
