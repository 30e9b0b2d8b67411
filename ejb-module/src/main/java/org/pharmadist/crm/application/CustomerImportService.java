package org.pharmadist.crm.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.crm.domain.CrmChanged;
import org.pharmadist.crm.infrastructure.CsvTable;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * Imports customers from CSV (one transaction): each row is validated like a create; rows with errors are reported
 * (line, column, reason) and not imported; a row whose tax id already belongs to a customer is skipped (so the same
 * file imported twice creates nothing the second time); a row with the name of an existing customer is imported with
 * a warning.
 *
 * <p>Columns (header names, any order, case-insensitive; {@code type}, {@code legalName}, {@code taxId} and the
 * bill-to address required): {@value #COLUMNS}. {@code deaSchedules}: schedules separated by spaces or '|'. Dates
 * {@code yyyy-MM-dd}. A state license needs number, state and expiry; a DEA registration number, schedules and expiry.
 */
@Stateless
public class CustomerImportService {

    /** Accepted columns. */
    public static final String COLUMNS = "type,legalName,taxId,billToLine1,billToLine2,billToCity,billToState,"
            + "billToPostalCode,shipToLine1,shipToLine2,shipToCity,shipToState,shipToPostalCode,paymentTermsDays,"
            + "creditLimit,priceList,gpoMembership,minShelfLifeDays,stateLicenseNumber,stateLicenseState,"
            + "stateLicenseExpiry,deaNumber,deaSchedules,deaExpiry,contactName,contactTitle,contactEmail,contactPhone";

    /** Largest import accepted, in data rows. */
    public static final int MAX_ROWS = 10_000;

    private static final Set<String> KNOWN = new HashSet<>(Arrays.asList(COLUMNS.toLowerCase(Locale.ROOT).split(",")));

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    /**
     * Imports the CSV text (permission crm:edit).
     *
     * @throws InvalidInputException "invalid-csv" (field {@code body}) for an empty text, unknown or missing columns,
     *                               a malformed CSV or more than {@value #MAX_ROWS} rows
     */
    @RequiresPermission(module = "crm", action = "edit")
    public CustomerImportReport importCsv(String csv) {
        return apply(csv);
    }

    /** The same import run by the server itself (demo data at start-up), not on behalf of a user. */
    public CustomerImportReport importAtStartup(String csv) {
        return apply(csv);
    }

    CustomerImportReport apply(String csv) {
        CsvTable table;
        try {
            table = CsvTable.parse(csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid-csv", "body", "the CSV is malformed: " + e.getMessage());
        }
        if (table.header().isEmpty()) {
            throw new InvalidInputException("invalid-csv", "body", "the CSV is empty; the first line names the columns: "
                    + COLUMNS);
        }
        List<String> unknown = table.header().stream().filter(h -> !KNOWN.contains(h.toLowerCase(Locale.ROOT))).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("invalid-csv", "body", "unknown column(s) " + unknown + "; accepted: " + COLUMNS);
        }
        Set<String> present = new HashSet<>(table.header().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        for (String required : List.of("type", "legalName", "taxId")) {
            if (!present.contains(required.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("invalid-csv", "body", "column " + required + " is required");
            }
        }
        if (table.rows().size() > MAX_ROWS) {
            throw new InvalidInputException("invalid-csv", "body", "at most " + MAX_ROWS + " rows per import, not "
                    + table.rows().size());
        }
        List<ImportRejection> rejected = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        int created = 0;
        int alreadyPresent = 0;
        Instant now = CustomerService.now();
        CustomerRecords records = new CustomerRecords(em);
        for (CsvTable.Row row : table.rows()) {
            Map<String, String> unreadable = CustomerValidation.errors();
            CustomerRequest request = toRequest(row, unreadable);
            Map<String, String> errors = CustomerValidation.errors();
            CustomerValidation.Valid v = CustomerValidation.customer(request, errors);
            errors.putAll(unreadable);
            List<CustomerValidation.ValidLicense> licenses = new ArrayList<>();
            for (int i = 0; i < request.licenses().size(); i++) {
                licenses.add(CustomerValidation.license(request.licenses().get(i), "licenses[" + i + "].", errors));
            }
            List<ContactRequest> contacts = new ArrayList<>();
            for (int i = 0; i < request.contacts().size(); i++) {
                contacts.add(CustomerValidation.contact(request.contacts().get(i), "contacts[" + i + "].", errors));
            }
            if (!errors.isEmpty()) {
                errors.forEach((field, reason) -> rejected.add(new ImportRejection(row.line(), column(field, request), reason)));
                continue;
            }
            List<DuplicateWarning> dups = records.duplicates(v.taxId(), v.legalName(), null);
            if (dups.stream().anyMatch(d -> d.code().equals("same-tax-id"))) {
                alreadyPresent++;
                continue;
            }
            Customer customer = records.persist(v, licenses, contacts, now);
            created++;
            for (DuplicateWarning d : dups) {
                warnings.add(new ImportWarning(row.line(), d.code(), d.existingCustomerId(), d.message()));
            }
            events.fire(new CrmChanged("customer", customer.id(), "imported", customer.id(), now));
        }
        return new CustomerImportReport(table.rows().size(), created, alreadyPresent, rejected, warnings);
    }

    private static CustomerRequest toRequest(CsvTable.Row r, Map<String, String> unreadable) {
        List<LicenseRequest> licenses = new ArrayList<>();
        if (r.get("stateLicenseNumber") != null || r.get("stateLicenseExpiry") != null) {
            licenses.add(new LicenseRequest("STATE_PHARMACY", r.get("stateLicenseNumber"),
                    r.get("stateLicenseState") == null ? r.get("billToState") : r.get("stateLicenseState"), null,
                    r.get("stateLicenseExpiry")));
        }
        if (r.get("deaNumber") != null || r.get("deaExpiry") != null || r.get("deaSchedules") != null) {
            licenses.add(new LicenseRequest("DEA", r.get("deaNumber"), r.get("billToState"),
                    r.get("deaSchedules") == null ? List.of() : List.of(r.get("deaSchedules")), r.get("deaExpiry")));
        }
        List<ContactRequest> contacts = new ArrayList<>();
        if (r.get("contactName") != null || r.get("contactEmail") != null || r.get("contactPhone") != null) {
            contacts.add(new ContactRequest(r.get("contactName"), r.get("contactTitle"), r.get("contactEmail"),
                    r.get("contactPhone")));
        }
        AddressData billTo = new AddressData(r.get("billToLine1"), r.get("billToLine2"), r.get("billToCity"),
                r.get("billToState"), r.get("billToPostalCode"));
        AddressData shipTo = r.get("shipToLine1") == null && r.get("shipToCity") == null ? null
                : new AddressData(r.get("shipToLine1"), r.get("shipToLine2"), r.get("shipToCity"), r.get("shipToState"),
                        r.get("shipToPostalCode"));
        return new CustomerRequest(r.get("type"), r.get("legalName"), r.get("taxId"), billTo, shipTo,
                integer(r.get("paymentTermsDays"), "paymentTermsDays", unreadable),
                money(r.get("creditLimit"), unreadable), r.get("priceList"), r.get("gpoMembership"),
                integer(r.get("minShelfLifeDays"), "minShelfLifeDays", unreadable), licenses, contacts, null);
    }

    /** A whole number ("30" or "NET30"); an unreadable one is recorded under {@code field} and read as absent. */
    private static Integer integer(String text, String field, Map<String, String> unreadable) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replaceFirst("(?i)^net", ""));
        } catch (NumberFormatException e) {
            unreadable.put(field, "'" + text + "' is not a whole number of days");
            return null;
        }
    }

    /** An amount ("12500.50", "12,500.50", "$900"); an unreadable one is recorded and read as absent. */
    private static java.math.BigDecimal money(String text, Map<String, String> unreadable) {
        if (text == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(text.replace(",", "").replace("$", ""));
        } catch (NumberFormatException e) {
            unreadable.put("creditLimit", "'" + text + "' is not an amount; write e.g. 25000.00");
            return null;
        }
    }

    /** The CSV column for a validation field name. */
    static String column(String field, CustomerRequest request) {
        if (field.startsWith("billTo.") || field.startsWith("shipTo.")) {
            String part = field.substring(7);
            return field.substring(0, 6) + Character.toUpperCase(part.charAt(0)) + part.substring(1);
        }
        if (field.startsWith("licenses[")) {
            int i = field.charAt(9) - '0';
            boolean dea = "DEA".equals(request.licenses().get(i).kind());
            String part = field.substring(field.indexOf('.') + 1);
            return switch (part) {
                case "number" -> dea ? "deaNumber" : "stateLicenseNumber";
                case "schedules" -> "deaSchedules";
                case "expiresOn" -> dea ? "deaExpiry" : "stateLicenseExpiry";
                case "state" -> dea ? "billToState" : "stateLicenseState";
                default -> part;
            };
        }
        if (field.startsWith("contacts[")) {
            String part = field.substring(field.indexOf('.') + 1);
            return part.equals("jobTitle") ? "contactTitle"
                    : "contact" + Character.toUpperCase(part.charAt(0)) + part.substring(1);
        }
        return field;
    }
}
