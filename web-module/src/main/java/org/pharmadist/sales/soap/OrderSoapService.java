package org.pharmadist.sales.soap;

import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.sales.application.OrderHoldView;
import org.pharmadist.sales.application.QuotationLineRequest;
import org.pharmadist.sales.application.QuotationRequest;
import org.pharmadist.sales.application.QuotationService;
import org.pharmadist.sales.application.SalesOrderLineRequest;
import org.pharmadist.sales.application.SalesOrderLineView;
import org.pharmadist.sales.application.SalesOrderRequest;
import org.pharmadist.sales.application.SalesOrderService;
import org.pharmadist.sales.application.SalesOrderView;

/**
 * SOAP orders at {@code /soap/OrderService} (WSDL at {@code ?wsdl}), namespace {@value QuotationSoapService#NAMESPACE}:
 * submit a quotation request, submit an order (entered and confirmed in one call: same rules as REST: prices,
 * compliance gates, credit check, FEFO allocation), read an order's status by number.
 *
 * <p>Business errors are SOAP 1.1 Client faults whose {@code detail} carries a machine-readable {@code <q:code>} and
 * {@code <q:field name=...>} entries: input ({@code invalid-order}, {@code product-not-found}, {@code no-price},
 * {@code customer-not-found}); credit ({@code credit-limit-exceeded}: the order EXISTS, ON_HOLD with a CREDIT hold,
 * exactly as a REST confirm leaves it; the fault's fields {@code orderNumber} and {@code exposure} say which and why);
 * compliance ({@code license-hold}, {@code dea-schedule-hold}, {@code suspicious-order-hold}: the order is held
 * likewise); stock ({@code insufficient-stock}, only with {@code allowBackorder=false}: the order is then cancelled
 * and its reservations released, the fields name each short line).
 */
@WebService(serviceName = "OrderService", portName = "OrderPort", name = "Order",
        targetNamespace = QuotationSoapService.NAMESPACE)
public class OrderSoapService {

    @Inject
    SalesOrderService orders;

    @Inject
    QuotationService quotations;

    /** As QuotationService.submitQuotationRequest: a DRAFT quotation with priced lines (sales:quote). */
    @WebMethod(operationName = "submitQuotationRequest")
    @WebResult(name = "quotation")
    public SoapQuotation submitQuotationRequest(@WebParam(name = "customerId") String customerId,
            @WebParam(name = "validUntil") String validUntil, @WebParam(name = "line") List<SoapLineRequest> lines) {
        try {
            List<QuotationLineRequest> requests = new ArrayList<>();
            if (lines != null) {
                for (SoapLineRequest l : lines) {
                    requests.add(new QuotationLineRequest(l.ndc, l.quantity, l.unit, l.discountPercent, l.taxRatePercent));
                }
            }
            return SoapQuotation.of(quotations.create(new QuotationRequest(customerId(customerId, "invalid-quotation"),
                    validUntil, requests)));
        } catch (RuntimeException e) {
            throw QuotationSoapService.fault(e);
        }
    }

    /**
     * Enters and confirms an order (sales:order). Answers the order (CONFIRMED, lines ALLOCATED or BACKORDERED);
     * faults as described on the class.
     *
     * @param allowBackorder     "false" to refuse an order that cannot be allocated in full (default true)
     * @param deaOrderFormType   FORM_222 or CSOS, required with a schedule I/II product (21 CFR 1305.03)
     * @param deaOrderFormNumber the Form 222 serial number (9 digits) or CSOS order number; without it a CI/CII line
     *                           is held and the fault is dea-order-form-required
     */
    @WebMethod(operationName = "submitOrder")
    @WebResult(name = "order")
    public SoapOrder submitOrder(@WebParam(name = "customerId") String customerId,
            @WebParam(name = "customerPoReference") String customerPoReference,
            @WebParam(name = "requestedDeliveryDate") String requestedDeliveryDate,
            @WebParam(name = "warehouseCode") String warehouseCode,
            @WebParam(name = "allowBackorder") String allowBackorder,
            @WebParam(name = "line") List<SoapOrderLineRequest> lines,
            @WebParam(name = "deaOrderFormType") String deaOrderFormType,
            @WebParam(name = "deaOrderFormNumber") String deaOrderFormNumber) {
        try {
            boolean backorders = allowBackorder == null || allowBackorder.isBlank()
                    || !"false".equals(allowBackorder.strip().toLowerCase(Locale.ROOT));
            List<SalesOrderLineRequest> requests = new ArrayList<>();
            if (lines != null) {
                for (SoapOrderLineRequest l : lines) {
                    requests.add(new SalesOrderLineRequest(l.ndc, l.quantity, l.unit, l.unitPrice, l.discountPercent,
                            l.taxRatePercent));
                }
            }
            if (requests.isEmpty()) {
                throw new InvalidInputException("invalid-order", "line", "at least one line is required");
            }
            SalesOrderView draft = orders.create(new SalesOrderRequest(customerId(customerId, "invalid-order"),
                    requestedDeliveryDate, customerPoReference, warehouseCode, null, null, requests,
                    new SalesOrderRequest.DeaOrderFormRequest(deaOrderFormType, deaOrderFormNumber)));
            SalesOrderView v = orders.confirm(draft.id(), draft.version());
            for (OrderHoldView h : v.holds()) {
                if ("OPEN".equals(h.status())) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("orderNumber", v.number());
                    if (v.credit() != null && "CREDIT".equals(h.kind())) {
                        fields.put("exposure", v.credit().exposure().toPlainString());
                        fields.put("creditLimit", v.credit().creditLimit().toPlainString());
                        fields.put("receivablesKnown", String.valueOf(v.credit().receivablesKnown()));
                    }
                    throw QuotationSoapService.businessFault(holdCode(h.kind()), "Sales order " + v.number()
                            + " is ON_HOLD: " + h.reason(), fields);
                }
            }
            if (!backorders) {
                Map<String, String> short_ = new LinkedHashMap<>();
                for (SalesOrderLineView l : v.lines()) {
                    if (l.backorderedQuantity().signum() > 0) {
                        short_.put("line[" + (l.lineNo() - 1) + "].quantity", l.ndc() + ": " + l.backorderedQuantity()
                                .toPlainString() + " " + l.stockUnit() + " of " + l.stockQuantity().toPlainString()
                                + " not available for the customer's shelf-life need");
                    }
                }
                if (!short_.isEmpty()) {
                    orders.cancel(v.id(), v.version());
                    throw QuotationSoapService.businessFault("insufficient-stock", "Not enough sellable stock for "
                            + short_.size() + " line(s); order " + v.number() + " was cancelled (allowBackorder=false).", short_);
                }
            }
            return SoapOrder.of(v);
        } catch (jakarta.xml.ws.soap.SOAPFaultException e) {
            throw e;
        } catch (RuntimeException e) {
            throw QuotationSoapService.fault(e);
        }
    }

    /** An order's status by number, e.g. SO-2026-000051 (sales:view). Fault code order-not-found. */
    @WebMethod(operationName = "getOrderStatus")
    @WebResult(name = "order")
    public SoapOrder getOrderStatus(@WebParam(name = "number") String number) {
        try {
            return SoapOrder.of(orders.getByNumber(number));
        } catch (RuntimeException e) {
            throw QuotationSoapService.fault(e);
        }
    }

    static String holdCode(String kind) {
        return switch (kind) {
            case "CREDIT" -> "credit-limit-exceeded";
            case "LICENSE" -> "license-hold";
            case "DEA_SCHEDULE" -> "dea-schedule-hold";
            case "DEA_ORDER_FORM" -> "dea-order-form-required";
            default -> "suspicious-order-hold";
        };
    }

    private static Long customerId(String text, String type) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(type, "customerId", "customerId must be a customer id (whole number)");
        }
    }
}
