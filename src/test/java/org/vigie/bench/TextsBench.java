package org.vigie.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.vigie.texts.checks.DraftingCheck;
import org.vigie.texts.Resolution;
import org.vigie.texts.reading.TextImporter;

/**
 * Analysis throughput of the texts reader on one core beside a baseline that only gets the text out
 * of the same files and splits it into lines, in the same run, on three corpora of about 10 MB each:
 * the draft and the two General Assembly PDFs repeated (the corpus), the PDFs alone, the plain
 * text alone. MB/s counts bytes of the files as read (a PDF's bytes are mostly fonts and layout: its
 * text is about a tenth of them), with the characters of text per second beside it. Wall-clock time
 * is the figure; the thread's CPU time is given too, since other work on a shared machine shows in
 * the first and much less in the second. Run by {@code bench/texts [rounds]}. Not a test.
 */
public final class TextsBench {
    private static final String[] FILES = {"mali-draft-2026-fr.txt", "A_RES_73_3-EN.pdf", "A_RES_73_6-EN.pdf"};
    private static final long CORPUS_BYTES = 10L * 1024 * 1024;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Doc(String name, byte[] bytes) {
    }

    private record Corpus(String name, List<Doc> docs, long bytes, long chars) {
    }

    /** Seconds of wall-clock and of this thread's CPU for one pass. */
    private record Time(double wall, double cpu) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Doc> one = files();
        List<Corpus> corpora = List.of(
                corpus("whole corpus", one, d -> true),
                corpus("PDF only", one, d -> d.name().endsWith(".pdf")),
                corpus("plain text only", one, d -> d.name().endsWith(".txt")));
        System.out.printf("processors: %d, load average before: %s%n",
                Runtime.getRuntime().availableProcessors(), Machine.currentLoadAverage());
        for (Corpus c : corpora) {
            System.out.printf("%s: %d documents, %.1f MB of files, %.2f M characters of text%n",
                    c.name(), c.docs().size(), c.bytes() / 1e6, c.chars() / 1e6);
        }
        for (int round = 1; round <= rounds; round++) {
            for (Corpus c : corpora) {
                Time baseline = time(() -> baseline(c.docs()));
                Time analysis = time(() -> analyse(c.docs()));
                System.out.printf("round %d, %s: baseline %.1f MB/s (%.2f M chars/s), analysis %.1f MB/s "
                        + "(%.2f M chars/s), analysis takes %.1fx the baseline's time; CPU time: baseline %.1f MB/s, "
                        + "analysis %.1f MB/s (%.1fx)%n",
                        round, c.name(), c.bytes() / 1e6 / baseline.wall(), c.chars() / 1e6 / baseline.wall(),
                        c.bytes() / 1e6 / analysis.wall(), c.chars() / 1e6 / analysis.wall(),
                        analysis.wall() / baseline.wall(),
                        c.bytes() / 1e6 / baseline.cpu(), c.bytes() / 1e6 / analysis.cpu(), analysis.cpu() / baseline.cpu());
            }
        }
        System.out.printf("load average after: %s%n", Machine.currentLoadAverage());
    }

    private interface Work {
        void run() throws Exception;
    }

    private static Time time(Work work) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.run();
        return new Time((System.nanoTime() - start) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    private static List<Doc> files() throws IOException {
        List<Doc> one = new ArrayList<>();
        for (String f : FILES) {
            try (InputStream in = TextsBench.class.getResourceAsStream("/texts/" + f)) {
                one.add(new Doc(f, in.readAllBytes()));
            }
        }
        return one;
    }

    /** The files {@code kept} repeated to about 10 MB, and the characters of text they hold. */
    private static Corpus corpus(String name, List<Doc> one, Predicate<Doc> kept) throws IOException {
        List<Doc> files = one.stream().filter(kept).toList();
        long size = files.stream().mapToLong(d -> d.bytes().length).sum();
        long chars = 0;
        for (Doc d : files) {
            chars += text(d).length();
        }
        List<Doc> docs = new ArrayList<>();
        long n = 0;
        for (long total = 0; total < CORPUS_BYTES; total += size) {
            docs.addAll(files);
            n++;
        }
        return new Corpus(name, docs, n * size, n * chars);
    }

    private static String text(Doc d) throws IOException {
        if (d.name().endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(d.bytes())) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        return new String(d.bytes(), StandardCharsets.UTF_8);
    }

    private static void baseline(List<Doc> corpus) throws IOException {
        long lines = 0;
        for (Doc d : corpus) {
            lines += text(d).split("\n").length;
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
