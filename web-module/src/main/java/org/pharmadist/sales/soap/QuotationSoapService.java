package org.pharmadist.sales.soap;

import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.xml.soap.Detail;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.soap.SoapFaults;
import org.pharmadist.sales.application.QuotationLineRequest;
import org.pharmadist.sales.application.QuotationRequest;
import org.pharmadist.sales.application.QuotationService;

/**
 * SOAP quotations at {@code /soap/QuotationService} (WSDL at {@code ?wsdl}): submit a quotation request (customer +
 * lines) and get back the quotation number with priced lines and totals; read a quotation by number. Same money
 * rules and price precedence as REST. Business errors are SOAP 1.1 Client faults whose {@code detail} carries a
 * machine-readable {@code <q:code>} (e.g. {@code no-price}, {@code product-not-found}, {@code customer-not-found},
 * {@code invalid-quotation}) and {@code <q:field>} entries naming the input at fault.
 */
@WebService(serviceName = "QuotationService", portName = "QuotationPort", name = "Quotation",
        targetNamespace = QuotationSoapService.NAMESPACE)
public class QuotationSoapService {

    /** Target namespace of the quotation service. */
    public static final String NAMESPACE = "urn:pharmadist:sales:v1";

    @Inject
    QuotationService quotations;

    /**
     * Creates a DRAFT quotation for the customer with the lines priced by the price precedence.
     * Faults (Client, detail code): invalid-quotation, customer-not-found, product-not-found, no-price, permission.
     */
    @WebMethod(operationName = "submitQuotationRequest")
    @WebResult(name = "quotation")
    public SoapQuotation submitQuotationRequest(@WebParam(name = "customerId") String customerId,
            @WebParam(name = "validUntil") String validUntil, @WebParam(name = "line") List<SoapLineRequest> lines) {
        try {
            Long customer;
            try {
                customer = customerId == null || customerId.isBlank() ? null : Long.valueOf(customerId.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("invalid-quotation", "customerId", "customerId must be a customer id (whole number)");
            }
            List<QuotationLineRequest> requests = new ArrayList<>();
            if (lines != null) {
                for (SoapLineRequest l : lines) {
                    requests.add(new QuotationLineRequest(l.ndc, l.quantity, l.unit, l.discountPercent, l.taxRatePercent));
                }
            }
            return SoapQuotation.of(quotations.create(new QuotationRequest(customer, validUntil, requests)));
        } catch (RuntimeException e) {
            throw fault(e);
        }
    }

    /** A quotation by number, e.g. Q-0000051. Fault code quotation-not-found. */
    @WebMethod(operationName = "getQuotation")
    @WebResult(name = "quotation")
    public SoapQuotation getQuotation(@WebParam(name = "number") String number) {
        try {
            return SoapQuotation.of(quotations.getByNumber(number));
        } catch (RuntimeException e) {
            throw fault(e);
        }
    }

    /** A business refusal as a Client fault with detail code and fields; anything else as {@link SoapFaults#of}. */
    static SOAPFaultException fault(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException b) {
                return businessFault(b.type(), b.getMessage(), b.fieldErrors());
            }
            if (t.getClass().getSimpleName().equals("PermissionDeniedException") || t instanceof jakarta.ejb.EJBAccessException) {
                break;
            }
        }
        return SoapFaults.of(e);
    }

    static SOAPFaultException businessFault(String code, String message, Map<String, String> fields) {
        try {
            SOAPFault fault = SOAPFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL)
                    .createFault(message, new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client"));
            Detail detail = fault.addDetail();
            detail.addDetailEntry(new QName(NAMESPACE, "code", "q")).addTextNode(code);
            for (Map.Entry<String, String> f : fields.entrySet()) {
                detail.addDetailEntry(new QName(NAMESPACE, "field", "q")).addAttribute(new QName("name"), f.getKey())
                        .addTextNode(f.getValue());
            }
            return new SOAPFaultException(fault);
        } catch (SOAPException x) {
            throw new IllegalStateException("cannot build SOAP fault", x);
        }
    }
}
