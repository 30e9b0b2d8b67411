package org.pharmadist.platform.soap;

import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.namespace.QName;
import org.pharmadist.platform.errors.BusinessException;

/**
 * The SOAP side of the error strategy: a business refusal or bad input becomes a SOAP 1.1
 * {@code Client} fault with the plain message; anything unexpected a {@code Server} fault with an
 * error id that is logged. Never a stack trace or class name in the fault.
 */
public final class SoapFaults {

    private static final Logger LOG = Logger.getLogger(SoapFaults.class.getName());

    private SoapFaults() {
    }

    /** A Client fault: the caller's request was wrong and can be corrected. */
    public static SOAPFaultException client(String message) {
        return fault(new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client"), message);
    }

    /** Maps any exception from a service call to the right fault. */
    public static SOAPFaultException of(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException b) {
                return client(b.getMessage());
            }
            if (t instanceof org.pharmadist.platform.errors.DatabaseUnavailableException d) {
                return fault(new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Server"),
                        "The database is not available: " + d.getMessage() + ". Retry later.");
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected SOAP error, error id " + errorId, e);
        return fault(new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Server"),
                "The server could not complete the request. Quote error id " + errorId + " to support.");
    }

    /**
     * Writes a SOAP 1.1 fault straight to a servlet response and completes it, for answers given before
     * the SOAP stack runs (malformed body, missing credentials, database away).
     *
     * @param status    HTTP status (500 per SOAP 1.1 section 6.2, 401 for missing credentials, 503 ...)
     * @param faultCode "Client" or "Server"
     * @param message   plain words; XML-escaped here
     */
    public static void write(jakarta.servlet.http.HttpServletResponse response, int status, String faultCode, String message)
            throws java.io.IOException {
        String escaped = message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:" + faultCode + "</faultcode><faultstring>" + escaped + "</faultstring>"
                + "</soap:Fault></soap:Body></soap:Envelope>";
        response.setStatus(status);
        response.setContentType("text/xml;charset=UTF-8");
        response.getOutputStream().write(envelope.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        response.getOutputStream().close(); // completed: no server replaces it with an error page
    }

    private static SOAPFaultException fault(QName code, String message) {
        try {
            SOAPFault fault = SOAPFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL).createFault(message, code);
            return new SOAPFaultException(fault);
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot build SOAP fault", e);
        }
    }
}
