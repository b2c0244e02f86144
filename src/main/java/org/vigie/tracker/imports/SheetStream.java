package org.vigie.tracker.imports;

import org.vigie.files.ImportIssue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of a workbook's first sheet read as a stream of XML (POI's event API), not as POI's object model
 * of the whole workbook: memory holds the shared strings and one row, not every cell as an object. A number
 * is written without a useless ".0", so a date's serial number reads "45681" whether or not the cell is
 * formatted as a date; a formula gives its cached value; booleans read {@code true}/{@code false}. Zip bombs are refused by POI's limits set in {@link OfficeFiles}; POI's XML
 * parser refuses any DOCTYPE.
 */
final class SheetStream extends DefaultHandler {
    private final ReadOnlySharedStringsTable strings;
    private final Consumer<TableRow> rows;
    private final StringBuilder value = new StringBuilder();
    private final List<String> cells = new ArrayList<>();
    private int rowNumber;
    private int column;
    private String type;
    private boolean inValue;

    private SheetStream(ReadOnlySharedStringsTable strings, Consumer<TableRow> rows) {
        this.strings = strings;
        this.rows = rows;
    }

    /** Gives each row of the first sheet of {@code bytes} to {@code rows}; false when the workbook has no sheet. */
    static boolean read(byte[] bytes, Consumer<TableRow> rows) throws IOException, OpenXML4JException, SAXException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            // A .docx is a zip of the same kind; only a workbook's main part is SpreadsheetML (or Excel's macro-enabled kind).
            List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
            String type = main.isEmpty() ? "" : main.get(0).getContentType();
            if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
                throw new IOException("not a workbook");
            }
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return false;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetStream(strings, rows));
                xml.parse(new InputSource(sheet));
            }
            return true;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                cells.clear();
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? cells.size() : columnOf(ref);
                type = attributes.getValue("t");
                value.setLength(0);
            }
            case "v", "t" -> inValue = true;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "c" -> {
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(text());
            }
            case "row" -> rows.accept(new TableRow(ImportIssue.Place.ROW, rowNumber, cells));
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        // Past the limit the cell is refused anyway (UhriRow names it), so a hostile one is not held whole.
        if (inValue && value.length() <= UhriReader.MAX_CELL_CHARS) {
            value.append(ch, start, length);
        }
    }

    private String text() {
        String v = value.toString();
        if (type == null || type.equals("n")) {
            return v.isEmpty() ? "" : number(v);
        }
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(v.strip())).getString();
            case "b" -> "1".equals(v) ? "true" : "false";
            case "e" -> "";
            default -> v; // "inlineStr" (the text of its <t>) and "str" (a formula's text)
        };
    }

    private static String number(String written) {
        double d = Double.parseDouble(written);
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** The column index of a cell reference: {@code C5} is 2. */
    static int columnOf(String ref) {
        int n = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            n = n * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return n - 1;
    }
}
