package org.pharmadist.compliance.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.compliance.domain.CodeInfoParser;
import org.pharmadist.compliance.domain.LotCoverage;
import org.pharmadist.compliance.domain.Recall;
import org.pharmadist.compliance.infrastructure.OpenFdaRecallReader;

/** Stores read openFDA records, idempotent on the recall number; shared by the import service and the demo load. */
final class RecallImporter {

    private final EntityManager em;
    private final CodeInfoParser parser = new CodeInfoParser();

    RecallImporter(EntityManager em) {
        this.em = em;
    }

    RecallImportReport importDocument(String json, Instant now) {
        List<OpenFdaRecallReader.Entry> entries = new OpenFdaRecallReader().read(json);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int unreadable = 0;
        List<RecallImportReport.Rejection> rejected = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (OpenFdaRecallReader.Entry e : entries) {
            if (e.report() == null) {
                rejected.add(new RecallImportReport.Rejection(e.index(), e.recallNumber(), e.rejection()));
                continue;
            }
            if (!seen.add(e.recallNumber())) {
                rejected.add(new RecallImportReport.Rejection(e.index(), e.recallNumber(),
                        "recall " + e.recallNumber() + " appears twice in the document; the first is taken"));
                continue;
            }
            List<Recall> existing = em.createQuery("SELECT r FROM Recall r WHERE r.recallNumber = :n", Recall.class)
                    .setParameter("n", e.recallNumber()).getResultList();
            Recall recall;
            if (existing.isEmpty()) {
                recall = new Recall(e.report(), parser, now);
                em.persist(recall);
                created++;
            } else if (existing.get(0).update(e.report(), parser, now)) {
                recall = existing.get(0);
                updated++;
            } else {
                unchanged++;
                numbers.add(e.recallNumber());
                continue;
            }
            if (recall.lotCoverage() == LotCoverage.UNREADABLE) {
                unreadable++;
            }
            numbers.add(e.recallNumber());
        }
        em.flush();
        return new RecallImportReport(entries.size(), created, updated, unchanged, unreadable, rejected, numbers);
    }
}
