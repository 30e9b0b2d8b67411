package org.pharmadist.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.get;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;

/** The SOAP StockService over real HTTP against the deployed EAR (demo data on). */
class StockSoapIT {

    private static final String PATH = "soap/StockService";

    private static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:s=\"urn:pharmadist:inventory:v1\">"
                + "<soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    private static HttpResponse<String> call(String role, String body) {
        return Http.postAs(role, PATH, "text/xml; charset=UTF-8", envelope(body), "SOAPAction", "\"\"");
    }

    @Test
    void wsdlIsPublishedWithBothOperations() {
        HttpResponse<String> r = get(PATH + "?wsdl");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("getAvailability").contains("getLots").contains("urn:pharmadist:inventory:v1");
    }

    @Test
    void availabilityByNdcCarriesItsUnit() {
        HttpResponse<String> r = call("INTEGRATION", "<s:getAvailability><ndc>00338042418</ndc><minShelfLifeDays>30</minShelfLifeDays>"
                + "</s:getAvailability>");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("<ndc11>00338042418</ndc11>").contains("<unit>EA</unit>")
                .contains("<minShelfLifeDays>30</minShelfLifeDays>").containsPattern("<availableToPromise>\\d+\\.\\d{3}</availableToPromise>");
    }

    @Test
    void lotsByNdcWithExpiryStatusOnHandAndSellable() {
        HttpResponse<String> r = call("SALES", "<s:getLots><ndc>0338-0424-18</ndc></s:getLots>");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("<lotNumber>BX24H18</lotNumber>").contains("<lotNumber>QAHOLD1</lotNumber>")
                .contains("<status>QUARANTINE</status>").contains("<sellable>false</sellable>").contains("<sellable>true</sellable>")
                .containsPattern("<expiryDate>\\d{4}-\\d{2}-\\d{2}</expiryDate>");
    }

    @Test
    void badInputIsAClientFaultInPlainWords() {
        HttpResponse<String> bad = call("INTEGRATION", "<s:getLots><ndc>12-34</ndc></s:getLots>");
        assertClientFault(bad);
        assertThat(bad.body()).contains("12-34");
        assertClientFault(call("INTEGRATION", "<s:getLots><ndc>09999-9999-99</ndc></s:getLots>"));
        HttpResponse<String> days = call("INTEGRATION", "<s:getAvailability><ndc>0338-0424-18</ndc>"
                + "<minShelfLifeDays>soon</minShelfLifeDays></s:getAvailability>");
        assertClientFault(days);
        assertThat(days.body()).contains("minShelfLifeDays must be a whole number");
        assertClientFault(call("INTEGRATION", "<s:getAvailability><ndc>0338-0424-18</ndc><warehouse>NOPE</warehouse></s:getAvailability>"));
    }

    static void assertClientFault(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
        assertThat(r.body()).containsPattern("<faultcode[^>]*>[A-Za-z0-9-]+:Client</faultcode>")
                .doesNotContain("Exception").doesNotContain("at org.");
    }
}
