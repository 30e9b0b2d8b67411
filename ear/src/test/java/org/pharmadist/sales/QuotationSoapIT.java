package org.pharmadist.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.sales.SalesFixtures.HEPARIN;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;

/** The SOAP QuotationService on the deployed EAR: submit with priced lines and totals, read back, coded faults. */
class QuotationSoapIT {

    private static final String PATH = "soap/QuotationService";

    static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:q=\"urn:pharmadist:sales:v1\">"
                + "<soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    static HttpResponse<String> call(String role, String body) {
        return Http.postAs(role, PATH, "text/xml; charset=UTF-8", envelope(body), "SOAPAction", "\"\"");
    }

    static String submit(long customer, String ndc, String quantity) {
        return "<q:submitQuotationRequest><customerId>" + customer + "</customerId><line><ndc>" + ndc + "</ndc><quantity>"
                + quantity + "</quantity><unit>EA</unit><discountPercent>4</discountPercent><taxRatePercent>22"
                + "</taxRatePercent></line></q:submitQuotationRequest>";
    }

    static void assertCodedClientFault(HttpResponse<String> r, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
        assertThat(r.body()).containsPattern("<faultcode[^>]*>[A-Za-z0-9-]+:Client</faultcode>")
                .containsPattern("<(\\w+:)?code[^>]*>" + code + "</(\\w+:)?code>")
                .doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void wsdlIsPublished() {
        HttpResponse<String> r = Http.get(PATH + "?wsdl");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("submitQuotationRequest").contains("getQuotation").contains("urn:pharmadist:sales:v1");
    }

    @Test
    void submitAnswersTheNumberWithPricedLinesAndTheMoneyExampleTotalsAndGetReadsItBack() {
        long customer = SalesFixtures.customer("SOAP Hospital " + SalesFixtures.RUN, SalesFixtures.priceList(), null);
        HttpResponse<String> r = call("INTEGRATION", submit(customer, HEPARIN, "16"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).containsPattern("<number>Q-\\d{7}</number>").contains("<status>DRAFT</status>")
                .contains("<netTotal>5350.66</netTotal>").contains("<taxTotal>1177.15</taxTotal>")
                .contains("<grandTotal>6527.81</grandTotal>").contains("<unitPrice>348.35000</unitPrice>")
                .contains("<priceSource>price list IT-");
        String number = r.body().replaceAll("(?s).*<number>(Q-\\d{7})</number>.*", "$1");

        HttpResponse<String> got = call("SALES", "<q:getQuotation><number>" + number + "</number></q:getQuotation>");
        assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
        assertThat(got.body()).contains("<number>" + number + "</number>").contains("<grandTotal>6527.81</grandTotal>")
                .contains("<lineCount>1</lineCount>");
    }

    @Test
    void businessErrorsAreClientFaultsWithAMachineReadableCode() {
        long customer = SalesFixtures.customer("SOAP Fault Clinic " + SalesFixtures.RUN, SalesFixtures.priceList(), null);
        assertCodedClientFault(call("INTEGRATION", submit(customer, "0409-1749-10", "1")), "no-price");
        assertCodedClientFault(call("INTEGRATION", submit(customer, "99999-0001-01", "1")), "product-not-found");
        assertCodedClientFault(call("INTEGRATION", submit(999_999_999L, HEPARIN, "1")), "customer-not-found");
        HttpResponse<String> bad = call("INTEGRATION", submit(customer, HEPARIN, "lots"));
        assertCodedClientFault(bad, "invalid-quotation");
        assertThat(bad.body()).contains("lines[0].quantity");
        long unlicensed = SalesFixtures.unlicensedCustomer("SOAP Unlicensed Clinic " + SalesFixtures.RUN);
        HttpResponse<String> gated = call("INTEGRATION", submit(unlicensed, HEPARIN, "1"));
        assertCodedClientFault(gated, "state-license-missing");
        assertThat(gated.body()).contains("SOAP Unlicensed Clinic").contains("360eee");
        assertCodedClientFault(call("INTEGRATION", "<q:getQuotation><number>Q-9999999</number></q:getQuotation>"),
                "quotation-not-found");
    }

    @Test
    void aRoleWithoutSalesQuoteGetsAClientFault() {
        long customer = SalesFixtures.customer("SOAP Perm Clinic " + SalesFixtures.RUN, SalesFixtures.priceList(), null);
        HttpResponse<String> r = call("WAREHOUSE", submit(customer, HEPARIN, "1"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
        assertThat(r.body()).contains("sales:quote");
    }
}
