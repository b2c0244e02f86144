package org.vigie.texts.pdf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.vigie.texts.Fixtures;
import org.vigie.texts.reading.TextImporter;

/**
 * Where the time of reading a UN PDF goes: the two official PDFs read again and again, each stage
 * adding one step to the previous, timed in CPU time of this thread on one processor, so that the
 * difference between two lines is the cost of a step. Run by {@code bench/pdf-stages [rounds]}; see
 * docs/benchmarks.md. Not a test. In this package because Vigie's PDF reader is package-private.
 */
public final class PdfStagesBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int REPEAT = 14;

    private interface Stage {
        void run(byte[] pdf) throws Exception;
    }

    /** PDFBox's stripper with Vigie's choices: sorted, duplicates dropped by PDFBox or by Vigie or kept. */
    private static final class Stripper extends PDFTextStripper {
        private final boolean keepPositions;
        private final OverlappingGlyphs shown;

        Stripper(boolean keepPositions, boolean sorted, boolean pdfBoxSuppression, OverlappingGlyphs shown) {
            this.keepPositions = keepPositions;
            this.shown = shown;
            setSortByPosition(sorted);
            setSuppressDuplicateOverlappingText(pdfBoxSuppression);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            if (shown != null) {
                shown.clear();
            }
            super.processPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition glyph) {
            if (keepPositions && (shown == null || !shown.isDuplicate(glyph))) {
                super.processTextPosition(glyph);
            }
        }

        static void run(byte[] pdf, Stripper stripper) throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                stripper.getText(document);
            }
        }
    }

    private static Map<String, Stage> stages(TextImporter importer) {
        Map<String, Stage> stages = new LinkedHashMap<>();
        stages.put("1 load the document", pdf -> {
            try (PDDocument d = Loader.loadPDF(pdf)) {
                d.getNumberOfPages();
            }
        });
        stages.put("2 + decode the content streams", pdf -> {
            try (PDDocument d = Loader.loadPDF(pdf)) {
                for (PDPage page : d.getPages()) {
                    page.getContents().readAllBytes();
                }
            }
        });
        stages.put("3 + load the fonts (PDFBox)", pdf -> {
            try (PDDocument d = Loader.loadPDF(pdf)) {
                for (PDPage page : d.getPages()) {
                    page.getContents().readAllBytes();
                    PDResources resources = page.getResources();
                    for (COSName font : resources.getFontNames()) {
                        resources.getFont(font);
                    }
                }
            }
        });
        stages.put("4 load + tokenise the content streams (PDFBox)", pdf -> {
            try (PDDocument d = Loader.loadPDF(pdf)) {
                for (PDPage page : d.getPages()) {
                    new PDFStreamParser(page).parse();
                }
            }
        });
        stages.put("5 load + tokenise + fonts + glyphs, positions dropped", pdf -> Stripper.run(pdf, new Stripper(false, false, false, null)));
        stages.put("6 + positions kept, unsorted, no duplicate check", pdf -> Stripper.run(pdf, new Stripper(true, false, false, null)));
        stages.put("7 + sorted by position", pdf -> Stripper.run(pdf, new Stripper(true, true, false, null)));
        stages.put("8 + duplicates dropped by PDFBox (before)", pdf -> Stripper.run(pdf, new Stripper(true, true, true, null)));
        stages.put("9 + duplicates dropped by OverlappingGlyphs (now)", pdf -> Stripper.run(pdf, new Stripper(true, true, false, new OverlappingGlyphs())));
        stages.put("10 PDFTextStripper with its defaults (the baseline)", pdf -> {
            try (PDDocument d = Loader.loadPDF(pdf)) {
                new PDFTextStripper().getText(d);
            }
        });
        stages.put("11 Vigie's PDF reader", PdfReader::read);
        stages.put("12 Vigie's analysis", pdf -> importer.read(pdf, "x.pdf"));
        return stages;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<byte[]> pdfs = List.of(Fixtures.bytes(Fixtures.RES_73_3), Fixtures.bytes(Fixtures.RES_73_6));
        long bytes = REPEAT * pdfs.stream().mapToLong(b -> b.length).sum();
        System.out.printf("processors: %d, load average before: %s; %d documents, %.1f MB a pass%n",
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).trim(),
                REPEAT * pdfs.size(), bytes / 1e6);
        Map<String, Stage> stages = stages(new TextImporter());
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, Stage> stage : stages.entrySet()) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < REPEAT; i++) {
                    for (byte[] pdf : pdfs) {
                        stage.getValue().run(pdf);
                    }
                }
                double seconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
                System.out.printf("round %d  %-58s %7.1f MB/s  %6.1f ms a document%n", round, stage.getKey(),
                        bytes / 1e6 / seconds, seconds * 1000 / (REPEAT * pdfs.size()));
            }
        }
        System.out.printf("load average after: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
    }
}
