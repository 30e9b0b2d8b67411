package org.pharmadist.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.json;
import static org.pharmadist.sales.SalesFixtures.HEPARIN;
import static org.pharmadist.sales.SalesFixtures.ok;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;

/**
 * A recall reaches the customers: two customers receive a lot through confirmed shipments, one returns part of it;
 * the recall of that lot (imported as an FDA enforcement report, the lot written differently) lists both customers
 * and shipments with shipped, returned and net quantities, and notifying them all takes one call per customer list.
 */
class RecallDeliveriesIT {

    private static final String JSON = "application/json";
    private static final String R = "api/v1/compliance/recalls";

    @Test
    void theRecallListsEveryCustomerAndShipmentThatReceivedTheLotNetOfReturns() {
        String warehouse = SalesFixtures.warehouse();
        String priceList = SalesFixtures.priceList();
        String lot = "RCL" + SalesFixtures.RUN;
        SalesFixtures.receiveHeparin(warehouse, lot, LocalDate.now().plusDays(400), 30);
        long a = SalesFixtures.customer("Recall Hospital A " + SalesFixtures.RUN, priceList, null);
        long b = SalesFixtures.customer("Recall Hospital B " + SalesFixtures.RUN, priceList, null);
        long shipmentA = ship(a, warehouse, "10");
        long shipmentB = ship(b, warehouse, "8");
        ok(Http.postAs("SALES", "api/v1/sales/returns", JSON, "{\"shipmentId\":" + shipmentA + ",\"reason\":\"damaged\","
                + "\"lines\":[{\"orderLineNo\":1,\"lotNumber\":\"" + lot + "\",\"quantity\":\"3\"}]}"), 201);

        int seq = SalesFixtures.RUN % 1000;
        String number = "D-8" + String.format("%03d", seq) + "-" + (2000 + SalesFixtures.RUN % 90);
        String report = "{\"status\":\"Ongoing\",\"classification\":\"Class I\",\"recalling_firm\":\"Pfizer Laboratories\","
                + "\"recall_number\":\"" + number + "\",\"product_description\":\"Heparin Sodium Injection, USP, "
                + "NDC 0338-0424-18\",\"reason_for_recall\":\"Presence of particulate matter\","
                + "\"recall_initiation_date\":\"20261125\",\"report_date\":\"20261203\","
                + "\"code_info\":\"Lot #: rcl-" + SalesFixtures.RUN + ", Exp. 12/2027\",\"openfda\":{}}";
        HttpResponse<String> imported = Http.postAs("COMPLIANCE", R, JSON, "{\"meta\":{},\"results\":[" + report + "]}");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        JsonObject recall = json(ok(Http.getAs("COMPLIANCE", R + "/" + number), 200));
        assertThat(recall.getJsonArray("affectedLots").stream().map(l -> l.asJsonObject().getString("lotNumber")).toList())
                .containsExactly(lot);
        JsonObject deliveries = recall.getJsonObject("customerDeliveries");
        assertThat(deliveries.getBoolean("available")).isTrue();
        assertThat(deliveries.getString("note")).isEqualTo("2 shipment line(s) of affected lots to 2 customer(s)");
        JsonArray lines = deliveries.getJsonArray("lines");
        assertThat(lines).hasSize(2);
        JsonObject toA = lines.getJsonObject(0);
        assertThat(toA.getJsonNumber("customerId").longValue()).isEqualTo(a);
        assertThat(toA.getJsonNumber("shipmentId").longValue()).isEqualTo(shipmentA);
        assertThat(toA.getString("lotNumber")).isEqualTo(lot);
        assertThat(toA.getJsonNumber("shipped").bigDecimalValue()).isEqualByComparingTo("10");
        assertThat(toA.getJsonNumber("returned").bigDecimalValue()).isEqualByComparingTo("3");
        assertThat(toA.getJsonNumber("net").bigDecimalValue()).isEqualByComparingTo("7");
        assertThat(toA.getString("unit")).isEqualTo("EA");
        JsonObject toB = lines.getJsonObject(1);
        assertThat(toB.getJsonNumber("customerId").longValue()).isEqualTo(b);
        assertThat(toB.getJsonNumber("shipmentId").longValue()).isEqualTo(shipmentB);
        assertThat(toB.getJsonNumber("net").bigDecimalValue()).isEqualByComparingTo("8");
        // stock side of the same lot: 30 received, 18 shipped, 3 returned (to quarantine): 15 on hand
        JsonObject affected = recall.getJsonArray("affectedLots").getJsonObject(0);
        assertThat(affected.getJsonNumber("shipped").bigDecimalValue()).isEqualByComparingTo("18");
        assertThat(affected.getJsonNumber("returned").bigDecimalValue()).isEqualByComparingTo("3");

        HttpResponse<String> notified = Http.postAs("COMPLIANCE", R + "/" + recall.getJsonNumber("id") + "/notices", JSON,
                "{\"version\":" + recall.getJsonNumber("version") + ",\"customerIds\":[" + a + "," + b + "]}");
        assertThat(notified.statusCode()).as(notified.body()).isIn(200, 201);
        List<Long> noticed = json(ok(Http.getAs("COMPLIANCE", R + "/" + number), 200)).getJsonArray("notices").stream()
                .map(n -> n.asJsonObject().getJsonNumber("customerId").longValue()).toList();
        assertThat(noticed).containsExactlyInAnyOrder(a, b);
    }

    /** Orders {@code quantity} EA of heparin from the warehouse, confirms, ships; answers the shipment id. */
    private static long ship(long customer, String warehouse, String quantity) {
        JsonObject draft = json(ok(Http.postAs("SALES", "api/v1/sales/orders", JSON, "{\"customerId\":" + customer
                + ",\"warehouseCode\":\"" + warehouse + "\",\"lines\":[{\"ndc\":\"" + HEPARIN + "\",\"quantity\":\"" + quantity
                + "\",\"unit\":\"EA\"}]}"), 201));
        JsonObject confirmed = json(ok(Http.postAs("SALES", "api/v1/sales/orders/" + draft.getInt("id") + "/confirm", JSON,
                "{\"version\":" + draft.getInt("version") + "}"), 200));
        assertThat(confirmed.getJsonArray("lines").getJsonObject(0).getString("status")).isEqualTo("ALLOCATED");
        JsonObject s = json(ok(Http.postAs("WAREHOUSE", "api/v1/sales/shipments", JSON, "{\"orderId\":" + draft.getInt("id")
                + ",\"version\":" + confirmed.getInt("version") + "}"), 201));
        ok(Http.postAs("WAREHOUSE", "api/v1/sales/shipments/" + s.getInt("id") + "/confirm", JSON,
                "{\"version\":" + s.getInt("version") + "}"), 200);
        return s.getJsonNumber("id").longValue();
    }
}
