package org.pharmadist.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.sales.QuotationSoapIT.assertCodedClientFault;
import static org.pharmadist.sales.SalesFixtures.HEPARIN;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;

/**
 * The SOAP OrderService on the deployed EAR, in a warehouse of its own: submitOrder enters and confirms (allocated),
 * getOrderStatus reads it back; the credit limit, missing stock (allowBackorder=false), prices and input are Client
 * faults with a machine-readable code; the credit-held order exists ON_HOLD as over REST.
 */
class OrderSoapIT {

    private static final String PATH = "soap/OrderService";
    private static String warehouse;
    private static String priceList;

    @BeforeAll
    static void stock() {
        warehouse = SalesFixtures.warehouse();
        priceList = SalesFixtures.priceList();
        SalesFixtures.receiveHeparin(warehouse, "SOAP" + SalesFixtures.RUN, LocalDate.now().plusDays(300), 20);
    }

    static HttpResponse<String> call(String role, String body) {
        return Http.postAs(role, PATH, "text/xml; charset=UTF-8", QuotationSoapIT.envelope(body), "SOAPAction", "\"\"");
    }

    static String submitOrder(long customer, String ndc, String quantity, String allowBackorder) {
        return "<q:submitOrder><customerId>" + customer + "</customerId><customerPoReference>PO-SOAP</customerPoReference>"
                + "<warehouseCode>" + warehouse + "</warehouseCode>"
                + (allowBackorder == null ? "" : "<allowBackorder>" + allowBackorder + "</allowBackorder>")
                + "<line><ndc>" + ndc + "</ndc><quantity>" + quantity + "</quantity><unit>EA</unit>"
                + "<discountPercent>4</discountPercent><taxRatePercent>22</taxRatePercent></line></q:submitOrder>";
    }

    static String number(HttpResponse<String> r) {
        return r.body().replaceAll("(?s).*?(SO-\\d{4}-\\d{6}).*", "$1");
    }

    @Test
    void wsdlIsPublished() {
        HttpResponse<String> r = Http.get(PATH + "?wsdl");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("submitOrder").contains("getOrderStatus").contains("submitQuotationRequest")
                .contains("urn:pharmadist:sales:v1");
    }

    @Test
    void submitOrderConfirmsAndAllocatesAndGetOrderStatusReadsItBack() {
        long customer = SalesFixtures.customer("SOAP Order Hospital " + SalesFixtures.RUN, priceList, null);
        HttpResponse<String> r = call("INTEGRATION", submitOrder(customer, HEPARIN, "3", null));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).containsPattern("<number>SO-\\d{4}-\\d{6}</number>").contains("<status>CONFIRMED</status>")
                .contains("<status>ALLOCATED</status>").contains("<allocatedQuantity>3.000</allocatedQuantity>")
                .contains("<unitPrice>348.35000</unitPrice>");
        String number = number(r);
        HttpResponse<String> got = call("SALES", "<q:getOrderStatus><number>" + number + "</number></q:getOrderStatus>");
        assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
        assertThat(got.body()).contains("<number>" + number + "</number>").contains("<customerPoReference>PO-SOAP");

        HttpResponse<String> q = call("INTEGRATION", QuotationSoapIT.submit(customer, HEPARIN, "16"));
        assertThat(q.statusCode()).as(q.body()).isEqualTo(200);
        assertThat(q.body()).contains("<grandTotal>6527.81</grandTotal>");
    }

    @Test
    void businessErrorsAreClientFaultsWithAMachineReadableCode() {
        long small = SalesFixtures.customer("SOAP Credit Clinic " + SalesFixtures.RUN, priceList, null, "100.00");
        HttpResponse<String> credit = call("INTEGRATION", submitOrder(small, HEPARIN, "1", null));
        assertCodedClientFault(credit, "credit-limit-exceeded");
        assertThat(credit.body()).contains("orderNumber").contains("receivablesKnown");
        String held = number(credit);
        HttpResponse<String> status = call("SALES", "<q:getOrderStatus><number>" + held + "</number></q:getOrderStatus>");
        assertThat(status.body()).contains("<status>ON_HOLD</status>").contains("<kind>CREDIT</kind>");

        long customer = SalesFixtures.customer("SOAP Stock Clinic " + SalesFixtures.RUN, priceList, null, "9000000.00");
        HttpResponse<String> stock = call("INTEGRATION", submitOrder(customer, HEPARIN, "5000", "false"));
        assertCodedClientFault(stock, "insufficient-stock");
        String cancelled = number(stock);
        assertThat(call("SALES", "<q:getOrderStatus><number>" + cancelled + "</number></q:getOrderStatus>").body())
                .contains("<status>CANCELLED</status>");

        assertCodedClientFault(call("INTEGRATION", submitOrder(customer, "0409-1749-10", "1", null)), "no-price");
        HttpResponse<String> bad = call("INTEGRATION", submitOrder(customer, HEPARIN, "lots", null));
        assertCodedClientFault(bad, "invalid-order");
        assertThat(bad.body()).contains("lines[0].quantity");
        assertCodedClientFault(call("INTEGRATION", "<q:getOrderStatus><number>SO-2026-999999</number></q:getOrderStatus>"),
                "order-not-found");
        HttpResponse<String> denied = call("WAREHOUSE", submitOrder(customer, HEPARIN, "1", null));
        assertThat(denied.statusCode()).isEqualTo(500);
        assertThat(denied.body()).contains("sales:order");
    }
}
