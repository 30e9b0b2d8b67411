package org.pharmadist.compliance.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The recall notice letter to one customer (PDF, US Letter): the recall (number, class, firm, reason, product, NDCs,
 * lots with expiries as the report gives them), what the customer must do (stop distribution, quarantine, count and
 * return), and the response section. Dates in the company time zone.
 */
final class RecallNoticePdf {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private RecallNoticePdf() {
    }

    static byte[] render(RecallDetail recall, NoticeView notice, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER, 54, 54, 54, 54);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Recall notice " + recall.recallNumber() + " - " + notice.customerName());
            doc.addCreator("PharmaDist");
            doc.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            doc.add(new Paragraph("URGENT: DRUG RECALL NOTICE", title));
            doc.add(new Paragraph(recall.classification().replace("CLASS_", "Class ") + " recall " + recall.recallNumber(), bold));
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph("To: " + notice.customerName() + " (customer " + notice.customerId() + ")", body));
            doc.add(new Paragraph("Notified: " + DATE_TIME.format(notice.notifiedAt().atZone(zone)) + " by "
                    + notice.notifiedBy(), body));
            doc.add(new Paragraph(" "));
            PdfPTable facts = new PdfPTable(new float[] {1.2f, 4f});
            facts.setWidthPercentage(100);
            row(facts, "Recalling firm", recall.recallingFirm(), bold, body);
            row(facts, "Product", recall.productDescription(), bold, body);
            row(facts, "NDC", String.join(", ", recall.ndcs().stream().map(RecallDetail.NdcView::ndc).toList()), bold, body);
            row(facts, "Reason", recall.reason(), bold, body);
            row(facts, "Lots", lots(recall), bold, body);
            row(facts, "FDA report date", recall.reportDate() == null ? "" : recall.reportDate().toString(), bold, body);
            doc.add(facts);
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph("What to do", bold));
            doc.add(new Paragraph("1. Stop dispensing and distributing the product and lots above at once.", body));
            doc.add(new Paragraph("2. Quarantine every unit you hold, count it, and return it to us; we credit returns "
                    + "against the original invoice.", body));
            doc.add(new Paragraph("3. If you distributed the product further, notify your customers.", body));
            doc.add(new Paragraph("4. Answer this notice even if you hold no stock (returned quantity 0).", body));
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph("Your response", bold));
            if (notice.respondedAt() != null) {
                doc.add(new Paragraph("Received " + DATE_TIME.format(notice.respondedAt().atZone(zone)) + ": returned "
                        + notice.returnedQuantity().toPlainString() + " " + notice.returnedUnit()
                        + (notice.response() == null ? "" : " - " + notice.response()), body));
            } else {
                doc.add(new Paragraph("Quantity on hand: ________  Unit: ____  Quantity returned: ________", body));
                doc.add(new Paragraph("Signature: ______________________  Date: ____________", body));
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("recall notice PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static String lots(RecallDetail r) {
        if ("ALL_LOTS".equals(r.lotCoverage())) {
            return "All lots" + (r.allLotsQualifier() == null ? "" : " " + r.allLotsQualifier());
        }
        if (r.lots().isEmpty()) {
            return r.codeInfo() == null ? "" : r.codeInfo();
        }
        StringBuilder b = new StringBuilder();
        for (RecallDetail.LotView l : r.lots()) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(l.lotNumber());
            if (l.expiryDate() != null) {
                b.append(" (exp ").append(l.monthYearOnly()
                        ? l.expiryDate().format(DateTimeFormatter.ofPattern("MM/yyyy")) : l.expiryDate().toString()).append(')');
            }
        }
        return b.toString();
    }

    private static void row(PdfPTable t, String label, String value, Font bold, Font body) {
        PdfPCell l = new PdfPCell(new Phrase(label, bold));
        l.setBorder(0);
        l.setVerticalAlignment(Element.ALIGN_TOP);
        PdfPCell v = new PdfPCell(new Phrase(value == null ? "" : value, body));
        v.setBorder(0);
        t.addCell(l);
        t.addCell(v);
    }
}
