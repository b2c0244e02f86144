package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.vigie.texts.export.AkomaNtosoWriter;
import org.vigie.texts.export.CleanTextRenderer;
import org.vigie.texts.compare.ComparisonHtml;
import org.vigie.texts.checks.DraftingCheck;
import org.vigie.texts.Resolution;
import org.vigie.texts.compare.ComparedTexts;
import org.vigie.texts.export.ComparisonDocx;
import org.vigie.texts.Language;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.texts.TextImportException;
import org.vigie.texts.reading.TextImporter;
import org.vigie.texts.export.TextJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigie texts}: read resolutions without a running Vigie, for scripts. Bad input exits with status 2. */
@Command(name = "texts", mixinStandardHelpOptions = true, description = "Analyse and compare resolutions (.txt, .pdf, .docx).",
        subcommands = {TextsCommand.Analyze.class, TextsCommand.Compare.class})
final class TextsCommand implements Runnable {
    static final int BAD_INPUT = 2;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    static Resolution read(Path file) throws TextImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return new TextImporter().read(in, file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new TextImportException("texts.error.no_such_file", file);
        } catch (IOException e) {
            throw new TextImportException(e, "texts.error.cannot_read", file, e.getMessage());
        }
    }

    static String json(Object value) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true,
            description = "Read a resolution: structure, clauses, commitments, references, drafting findings.")
    static final class Analyze implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--format", defaultValue = "json", description = "json (default), text (clean numbered text) or akn (Akoma Ntoso XML)")
        String format;

        @Override
        public Integer call() throws Exception {
            if (!format.matches("json|text|akn")) {
                System.err.println("vigie: --format: expected json, text or akn, got " + format);
                return BAD_INPUT;
            }
            Resolution r;
            try {
                r = read(file);
            } catch (TextImportException e) {
                System.err.println("vigie: " + file + ": " + e.getMessage());
                return BAD_INPUT;
            }
            switch (format) {
                case "text" -> System.out.print(new CleanTextRenderer().render(r));
                case "akn" -> System.out.print(new AkomaNtosoWriter().write(r, LocalDate.now()));
                default -> System.out.println(json(TextJson.analysis(r, new DraftingCheck().check(r))));
            }
            return 0;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Compare two versions, or one year's resolution and the next, paragraph by paragraph and word by word.")
    static final class Compare implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "OLD")
        Path older;

        @Parameters(index = "1", paramLabel = "NEW")
        Path newer;

        @Option(names = "--format", defaultValue = "json", description = "json (default), html or docx (needs --output)")
        String format;

        @Option(names = "--output", paramLabel = "FILE", description = "where to write the DOCX")
        Path output;

        @Override
        public Integer call() throws Exception {
            if (!format.matches("json|html|docx")) {
                System.err.println("vigie: --format: expected json, html or docx, got " + format);
                return BAD_INPUT;
            }
            if ("docx".equals(format) && output == null) {
                System.err.println("vigie: --format docx: name the file to write with --output FILE");
                return BAD_INPUT;
            }
            Resolution a;
            Resolution b;
            Path current = older;
            try {
                a = read(older);
                current = newer;
                b = read(newer);
            } catch (TextImportException e) {
                System.err.println("vigie: " + current + ": " + e.getMessage()); // say which of the two failed
                return BAD_INPUT;
            }
            ComparedTexts compared = ComparedTexts.of(a, b);
            switch (format) {
                case "html" -> System.out.print(ComparisonHtml.render(older.getFileName().toString(),
                        newer.getFileName().toString(), compared.changes()));
                case "docx" -> {
                    // A note for a delegation reads in the language of the texts compared.
                    Lang lang = b.language() == Language.EN ? Lang.EN : Lang.FR;
                    Files.write(output, new ComparisonDocx(new Messages(), lang).write(name(a, older), name(b, newer), compared));
                }
                default -> System.out.print(json(TextJson.comparison(compared)) + "\n");
            }
            return 0;
        }

        private static String name(Resolution r, Path file) {
            return r.symbol() != null ? r.symbol().value() : file.getFileName().toString();
        }
    }
}
