package org.pharmadist.inventory.soap;

import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import java.util.List;
import org.pharmadist.inventory.application.Availability;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.inventory.application.LotView;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.soap.SoapFaults;

/**
 * SOAP access to stock figures at {@code /soap/StockService} (WSDL at {@code ?wsdl}), same rules as the REST API
 * (inventory:view). Invalid input answers a SOAP Client fault with a plain message.
 */
@WebService(serviceName = "StockService", portName = "StockPort", name = "Stock", targetNamespace = StockService.NAMESPACE)
public class StockService {

    /** Target namespace of the stock service. */
    public static final String NAMESPACE = "urn:pharmadist:inventory:v1";

    @Inject
    InventoryQueryService queries;

    /**
     * Available-to-promise of a product by NDC (any format), for a minimum remaining shelf life in days (text,
     * default 0) and optionally one warehouse code. Faults: Client for a malformed or unknown NDC, a shelf life that
     * is not a whole number of days or is negative, an unknown warehouse.
     */
    @WebMethod(operationName = "getAvailability")
    @WebResult(name = "availability")
    public SoapAvailability getAvailability(@WebParam(name = "ndc") String ndc,
            @WebParam(name = "minShelfLifeDays") String minShelfLifeDays, @WebParam(name = "warehouse") String warehouse) {
        try {
            Integer days = null;
            if (minShelfLifeDays != null && !minShelfLifeDays.isBlank()) {
                try {
                    days = Integer.valueOf(minShelfLifeDays.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("invalid-min-shelf-life", "minShelfLifeDays",
                            "minShelfLifeDays must be a whole number of days");
                }
            }
            Availability a = queries.availability(required(ndc), days,
                    warehouse == null || warehouse.isBlank() ? null : warehouse);
            return SoapAvailability.of(a);
        } catch (RuntimeException e) {
            throw SoapFaults.of(e);
        }
    }

    /**
     * Lots of a product by NDC with expiry, status, on hand and the sellable flag (today, company time zone).
     * Faults: Client for a malformed or unknown NDC.
     */
    @WebMethod(operationName = "getLots")
    @WebResult(name = "lot")
    public List<SoapLot> getLots(@WebParam(name = "ndc") String ndc) {
        try {
            List<LotView> lots = queries.lots(required(ndc));
            return lots.stream().map(SoapLot::of).toList();
        } catch (RuntimeException e) {
            throw SoapFaults.of(e);
        }
    }

    private static String required(String ndc) {
        if (ndc == null || ndc.isBlank()) {
            throw new InvalidInputException("invalid-ndc", "ndc", "ndc is required, e.g. 0338-0424-18");
        }
        return ndc;
    }
}
