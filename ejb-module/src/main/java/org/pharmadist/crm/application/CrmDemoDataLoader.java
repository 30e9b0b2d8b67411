package org.pharmadist.crm.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.persistence.DatabaseReady;

/**
 * Loads the fictitious demo customers ({@code demo/crm-customers.csv}: ~40 US pharmacies, hospitals, clinics,
 * long-term care and distributors with state licenses, DEA registrations and contacts) and a small demo pipeline
 * (leads, opportunities, activities) when demo data is switched on. Idempotent: customers are imported by tax id
 * (present ones are skipped), the pipeline only when there are no leads yet.
 *
 * <p>Expiry dates in the file are written {@code today+N} / {@code today-N} (days, company time zone) so that the
 * demo always has registrations expiring soon and one expired.
 */
@ApplicationScoped
public class CrmDemoDataLoader {

    private static final Logger LOG = Logger.getLogger(CrmDemoDataLoader.class.getName());
    private static final Pattern RELATIVE_DATE = Pattern.compile("today([+-])(\\d+)");

    @Inject
    PharmaDistSettings settings;

    @Inject
    CustomerImportService imports;

    @Inject
    CrmDemoPipeline pipeline;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (!settings.demoData()) {
            return;
        }
        CustomerImportReport report = imports.importAtStartup(resolveDates(demoCsv(), LocalDate.now(settings.timeZone())));
        int seeded = pipeline.seed();
        LOG.info("Demo CRM data: " + report.created() + " customers created, " + report.alreadyPresent()
                + " already present, " + report.rejected().size() + " rejected fields; " + seeded + " pipeline records created");
    }

    /** The bundled demo customer file, dates still relative. */
    static String demoCsv() {
        try (InputStream in = CrmDemoDataLoader.class.getResourceAsStream("/demo/crm-customers.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code today+N} / {@code today-N} with ISO dates relative to {@code today}. */
    static String resolveDates(String csv, LocalDate today) {
        Matcher m = RELATIVE_DATE.matcher(csv);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long days = Long.parseLong(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
            m.appendReplacement(out, today.plusDays(days).toString());
        }
        m.appendTail(out);
        return out.toString();
    }
}
