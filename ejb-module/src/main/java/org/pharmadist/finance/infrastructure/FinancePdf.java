package org.pharmadist.finance.infrastructure;

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
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pharmadist.crm.domain.Address;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.finance.application.CustomerStatement;
import org.pharmadist.finance.application.InvoiceView;
import org.pharmadist.sales.domain.LineAmounts;

/**
 * PDF documents of finance (OpenPDF, A4/Letter-neutral, built-in Helvetica): the invoice and the customer statement.
 * Amounts are printed as the money rules keep them: scale 2, HALF_UP, grouped "#,##0.00" with the currency code
 * ("6,527.81 USD"); unit prices at scale 5; quantities with their unit.
 */
public final class FinancePdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7.5f);

    private FinancePdf() {
    }

    /** "5,350.66": an amount at scale 2 (HALF_UP), grouped, US separators. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(LineAmounts.round(amount));
    }

    /** The customer's bill-to address as printable lines (empty when none). */
    public static List<String> address(Customer c) {
        List<String> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        Address a = c.billTo();
        if (a != null) {
            add(out, a.line1());
            add(out, a.line2());
            String city = String.join(" ", nonNull(a.city()), nonNull(a.state()), nonNull(a.postalCode())).strip();
            add(out, city);
        }
        return out;
    }

    /** The invoice as PDF bytes ("%PDF-..."). */
    public static byte[] invoice(InvoiceView v, String company, List<String> billTo) {
        return render(doc -> {
            header(doc, company, "INVOICE " + v.number());
            PdfPTable top = new PdfPTable(new float[] {1, 1});
            top.setWidthPercentage(100);
            top.addCell(block("Bill to", v.customerName(), billTo));
            top.addCell(block("Details", null, List.of("Invoice date: " + v.invoiceDate(), "Due date: " + v.dueDate()
                    + " (" + v.paymentTerms() + ")", "Order: " + v.orderNumber(), "Shipment: " + v.shipmentNumber(),
                    "Currency: " + v.currency(), "Status: " + v.status())));
            doc.add(top);
            doc.add(new Paragraph(" "));
            PdfPTable t = new PdfPTable(new float[] {0.4f, 1.3f, 3f, 1.3f, 1f, 1.1f, 1.2f, 0.7f, 0.7f, 1.3f, 1.1f});
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            for (String h : List.of("#", "NDC", "Product", "Lot", "Expiry", "Quantity", "Unit price", "Disc %", "Tax %", "Net", "Tax")) {
                t.addCell(cell(h, BOLD, Element.ALIGN_LEFT));
            }
            for (InvoiceView.Line l : v.lines()) {
                t.addCell(cell(String.valueOf(l.lineNo()), NORMAL, Element.ALIGN_LEFT));
                t.addCell(cell(l.ndc(), NORMAL, Element.ALIGN_LEFT));
                t.addCell(cell(l.productName(), NORMAL, Element.ALIGN_LEFT));
                t.addCell(cell(l.lotNumber(), NORMAL, Element.ALIGN_LEFT));
                t.addCell(cell(String.valueOf(l.expiryDate()), NORMAL, Element.ALIGN_LEFT));
                t.addCell(cell(l.quantity().stripTrailingZeros().toPlainString() + " " + l.unit(), NORMAL, Element.ALIGN_RIGHT));
                t.addCell(cell(l.unitPrice().toPlainString(), NORMAL, Element.ALIGN_RIGHT));
                t.addCell(cell(l.discountPercent().stripTrailingZeros().toPlainString(), NORMAL, Element.ALIGN_RIGHT));
                t.addCell(cell(l.taxRatePercent().stripTrailingZeros().toPlainString(), NORMAL, Element.ALIGN_RIGHT));
                t.addCell(cell(money(l.netAmount()), NORMAL, Element.ALIGN_RIGHT));
                t.addCell(cell(money(l.taxAmount()), NORMAL, Element.ALIGN_RIGHT));
            }
            doc.add(t);
            PdfPTable totals = new PdfPTable(new float[] {3, 1.4f});
            totals.setWidthPercentage(45);
            totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
            total(totals, "Net total", v.netTotal(), v.currency(), NORMAL);
            total(totals, "Tax", v.taxTotal(), v.currency(), NORMAL);
            total(totals, "Invoice total", v.grandTotal(), v.currency(), BOLD);
            if (v.creditedTotal().signum() != 0) {
                total(totals, "Credited", v.creditedTotal().negate(), v.currency(), NORMAL);
            }
            if (v.paidTotal().signum() != 0) {
                total(totals, "Paid", v.paidTotal().negate(), v.currency(), NORMAL);
            }
            total(totals, "Balance due", v.openBalance(), v.currency(), BOLD);
            doc.add(new Paragraph(" "));
            doc.add(totals);
            doc.add(new Paragraph("Please pay by " + v.dueDate() + " quoting " + v.number() + ".", SMALL));
        });
    }

    /** The customer statement as PDF bytes. */
    public static byte[] statement(CustomerStatement s, String company, List<String> billTo) {
        return render(doc -> {
            header(doc, company, "STATEMENT OF ACCOUNT");
            PdfPTable top = new PdfPTable(new float[] {1, 1});
            top.setWidthPercentage(100);
            top.addCell(block("Customer", s.customerName(), billTo));
            top.addCell(block("Period", null, List.of(s.from() + " to " + s.to(), "Currency: " + s.currency())));
            doc.add(top);
            doc.add(new Paragraph(" "));
            PdfPTable t = new PdfPTable(new float[] {1.1f, 1.1f, 1.5f, 4f, 1.3f, 1.4f});
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            for (String h : List.of("Date", "Document", "Number", "Description", "Amount", "Balance")) {
                t.addCell(cell(h, BOLD, Element.ALIGN_LEFT));
            }
            t.addCell(cell(String.valueOf(s.from()), NORMAL, Element.ALIGN_LEFT));
            t.addCell(cell("", NORMAL, Element.ALIGN_LEFT));
            t.addCell(cell("", NORMAL, Element.ALIGN_LEFT));
            t.addCell(cell("Opening balance", BOLD, Element.ALIGN_LEFT));
            t.addCell(cell("", NORMAL, Element.ALIGN_RIGHT));
            t.addCell(cell(money(s.openingBalance()), BOLD, Element.ALIGN_RIGHT));
            for (CustomerStatement.Entry e : s.entries()) {
                t.addCell(cell(String.valueOf(e.date()), NORMAL, Element.ALIGN_LEFT));
                t.addCell(cell(e.kind().replace('_', ' ').toLowerCase(Locale.ROOT), NORMAL, Element.ALIGN_LEFT));
                t.addCell(cell(e.number(), NORMAL, Element.ALIGN_LEFT));
                t.addCell(cell(e.description(), NORMAL, Element.ALIGN_LEFT));
                t.addCell(cell(money(e.amount()), NORMAL, Element.ALIGN_RIGHT));
                t.addCell(cell(money(e.balance()), NORMAL, Element.ALIGN_RIGHT));
            }
            doc.add(t);
            PdfPTable totals = new PdfPTable(new float[] {3, 1.4f});
            totals.setWidthPercentage(45);
            totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
            total(totals, "Opening balance", s.openingBalance(), s.currency(), NORMAL);
            total(totals, "Invoiced", s.invoiced(), s.currency(), NORMAL);
            total(totals, "Credited", s.credited().negate(), s.currency(), NORMAL);
            total(totals, "Paid", s.paid().negate(), s.currency(), NORMAL);
            total(totals, "Closing balance", s.closingBalance(), s.currency(), BOLD);
            doc.add(new Paragraph(" "));
            doc.add(totals);
            if (s.closingBalance().signum() < 0) {
                doc.add(new Paragraph("The negative balance is your credit with us.", SMALL));
            }
        });
    }

    @FunctionalInterface
    private interface Body {
        void write(Document doc) throws DocumentException;
    }

    private static byte[] render(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            body.write(doc);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be written: " + e.getMessage(), e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
    }

    private static void header(Document doc, String company, String title) throws DocumentException {
        doc.add(new Paragraph(company == null ? "" : company, BOLD));
        Paragraph p = new Paragraph(title, TITLE);
        p.setSpacingAfter(8);
        doc.add(p);
    }

    private static PdfPCell block(String label, String name, List<String> lines) {
        Phrase ph = new Phrase();
        ph.add(new Phrase(label + "\n", BOLD));
        if (name != null) {
            ph.add(new Phrase(name + "\n", NORMAL));
        }
        for (String l : lines) {
            ph.add(new Phrase(l + "\n", NORMAL));
        }
        PdfPCell c = new PdfPCell(ph);
        c.setBorder(0);
        return c;
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setHorizontalAlignment(align);
        c.setPadding(3);
        return c;
    }

    private static void total(PdfPTable t, String label, BigDecimal amount, String currency, Font font) {
        PdfPCell l = cell(label, font, Element.ALIGN_LEFT);
        l.setBorder(0);
        PdfPCell v = cell(money(amount) + " " + currency, font, Element.ALIGN_RIGHT);
        v.setBorder(0);
        t.addCell(l);
        t.addCell(v);
    }

    private static void add(List<String> out, String s) {
        if (s != null && !s.isBlank()) {
            out.add(s.strip());
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
