package org.pharmadist.compliance.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.pharmadist.inventory.application.InventoryCalendar;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * Imports FDA drug recall enforcement reports (openFDA JSON), idempotent on the recall number: a known recall is
 * updated when its FDA record changed (status, termination date, code_info read again) and otherwise left alone; our
 * workflow status and customer notices are never touched by an import. All records of a document are stored in one
 * transaction, rejected records are reported and skipped.
 */
@Stateless
@RequiresPermission(module = "compliance", action = "recall")
public class RecallImportService {

    /** The reference file: 500 real openFDA enforcement reports (see reference/fda/SOURCES.md). */
    public static final String REFERENCE_FILE = "/reference/fda/openfda_drug_enforcement_sample.json";

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    InventoryCalendar calendar;

    /**
     * Imports a document.
     *
     * @param json the openFDA API answer {@code {"meta":..,"results":[..]}}, an array of records, or one record
     * @throws org.pharmadist.platform.errors.InvalidInputException (400 invalid-json, no-records)
     */
    public RecallImportReport importDocument(String json) {
        return new RecallImporter(em).importDocument(json, calendar.now());
    }

    /** Imports the reference file of 500 openFDA reports (idempotent). */
    public RecallImportReport importReference() {
        return new RecallImporter(em).importDocument(referenceDocument(), calendar.now());
    }

    static String referenceDocument() {
        try (InputStream in = RecallImportService.class.getResourceAsStream(REFERENCE_FILE)) {
            if (in == null) {
                throw new IllegalStateException("reference file " + REFERENCE_FILE + " is missing from the EJB module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
