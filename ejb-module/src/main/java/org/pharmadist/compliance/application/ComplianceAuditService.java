package org.pharmadist.compliance.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pharmadist.platform.audit.AuditTrailService;
import org.pharmadist.platform.audit.RecordRevision;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * The audit trail of regulated records for COMPLIANCE (Hibernate Envers): who changed a record, when, and each field's
 * old and new value, oldest first. Record types (the {@code type} of {@code compliance/audit.xhtml?type=&id=}):
 * product, lot, customer, customer-license, price-list, price-list-item, contract, contract-price, quotation,
 * sales-order, sales-order-line, order-hold, recall, recall-notice.
 */
@Stateless
@RequiresPermission(module = "compliance", action = "view")
public class ComplianceAuditService {

    /** Record type to audited entity class. */
    public static final Map<String, Class<?>> TYPES;

    static {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("product", org.pharmadist.catalog.domain.Product.class);
        m.put("lot", org.pharmadist.inventory.domain.Lot.class);
        m.put("customer", org.pharmadist.crm.domain.Customer.class);
        m.put("customer-license", org.pharmadist.crm.domain.CustomerLicense.class);
        m.put("price-list", org.pharmadist.sales.domain.PriceList.class);
        m.put("price-list-item", org.pharmadist.sales.domain.PriceListItem.class);
        m.put("contract", org.pharmadist.sales.domain.PriceContract.class);
        m.put("contract-price", org.pharmadist.sales.domain.ContractPrice.class);
        m.put("quotation", org.pharmadist.sales.domain.Quotation.class);
        m.put("sales-order", org.pharmadist.sales.domain.SalesOrder.class);
        m.put("sales-order-line", org.pharmadist.sales.domain.SalesOrderLine.class);
        m.put("order-hold", org.pharmadist.sales.domain.OrderHold.class);
        m.put("recall", org.pharmadist.compliance.domain.Recall.class);
        m.put("recall-notice", org.pharmadist.compliance.domain.RecallNotice.class);
        TYPES = java.util.Collections.unmodifiableMap(m);
    }

    @EJB
    AuditTrailService trail;

    /**
     * The revisions of one record, oldest first; empty when the record has none (never existed or never audited).
     *
     * @param type a key of {@link #TYPES}
     * @param id   the record's id
     * @throws InvalidInputException (400 invalid-record-type naming the known types; invalid-record-id)
     */
    public List<RecordRevision> history(String type, String id) {
        Class<?> entity = TYPES.get(type == null ? "" : type.strip().toLowerCase(Locale.ROOT));
        if (entity == null) {
            throw new InvalidInputException("invalid-record-type", "type", "type must be one of " + String.join(", ", TYPES.keySet()));
        }
        long key;
        try {
            key = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid-record-id", "id", "id must be a whole number");
        }
        return trail.history(entity, key);
    }
}
