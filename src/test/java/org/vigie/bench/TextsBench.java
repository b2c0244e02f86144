package org.vigie.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.vigie.texts.DraftingCheck;
import org.vigie.texts.Resolution;
import org.vigie.texts.TextImporter;

/**
 * Analysis throughput of the texts reader on one core, over a 10 MB corpus made of the draft and the
 * two General Assembly PDFs repeated, beside a baseline that only gets the text out of the same
 * files and splits it into lines. Run by {@code bench/texts}. Not a test: nothing passes or fails.
 */
public final class TextsBench {
    private static final String[] FILES = {"mali-draft-2026-fr.txt", "A_RES_73_3-EN.pdf", "A_RES_73_6-EN.pdf"};
    private static final long CORPUS_BYTES = 10L * 1024 * 1024;

    private record Doc(String name, byte[] bytes) {
    }

    public static void main(String[] args) throws Exception {
        List<Doc> corpus = corpus();
        long bytes = corpus.stream().mapToLong(d -> d.bytes().length).sum();
        System.out.printf("corpus: %d documents, %.1f MB (%s repeated)%n", corpus.size(), bytes / 1e6, String.join(", ", FILES));
        List<Doc> plain = corpus.stream().filter(d -> d.name().endsWith(".txt")).toList();
        long plainBytes = plain.stream().mapToLong(d -> d.bytes().length).sum();
        for (int round = 1; round <= 5; round++) {
            double baseline = mbPerSecond(bytes, () -> baseline(corpus));
            double analysis = mbPerSecond(bytes, () -> analyse(corpus));
            double plainBaseline = mbPerSecond(plainBytes, () -> baseline(plain));
            double plainAnalysis = mbPerSecond(plainBytes, () -> analyse(plain));
            System.out.printf("round %d: whole corpus: baseline %.1f MB/s, analysis %.1f MB/s; "
                    + "plain text only (%.1f MB): baseline %.1f MB/s, analysis %.1f MB/s%n",
                    round, baseline, analysis, plainBytes / 1e6, plainBaseline, plainAnalysis);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double mbPerSecond(long bytes, Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return bytes / 1e6 / ((System.nanoTime() - start) / 1e9);
    }

    private static List<Doc> corpus() throws IOException {
        List<Doc> one = new ArrayList<>();
        for (String f : FILES) {
            try (InputStream in = TextsBench.class.getResourceAsStream("/texts/" + f)) {
                one.add(new Doc(f, in.readAllBytes()));
            }
        }
        long size = one.stream().mapToLong(d -> d.bytes().length).sum();
        List<Doc> corpus = new ArrayList<>();
        for (long total = 0; total < CORPUS_BYTES; total += size) {
            corpus.addAll(one);
        }
        return corpus;
    }

    private static void baseline(List<Doc> corpus) throws IOException {
        long lines = 0;
        for (Doc d : corpus) {
            String text;
            if (d.name().endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(d.bytes())) {
                    text = new PDFTextStripper().getText(pdf);
                }
            } else {
                text = new String(d.bytes(), StandardCharsets.UTF_8);
            }
            lines += text.split("\n").length;
        }
        if (lines == 0) {
            throw new IllegalStateException("no lines read");
        }
    }

    private static void analyse(List<Doc> corpus) throws Exception {
        TextImporter importer = new TextImporter();
        DraftingCheck check = new DraftingCheck();
        long paragraphs = 0;
        for (Doc d : corpus) {
            Resolution r = importer.read(d.bytes(), d.name());
            paragraphs += r.operative().size() + check.check(r).size();
        }
        if (paragraphs == 0) {
            throw new IllegalStateException("nothing read");
        }
    }
}
