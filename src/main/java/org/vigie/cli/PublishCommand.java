package org.vigie.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.reports.portal.PortalSite;
import org.vigie.reports.portal.Publisher;
import org.vigie.reports.portal.SiteManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vigie publish}: makes a snapshot of the public portal now (stored and audited unless nothing changed),
 * and with {@code --out DIR} writes the whole portal there as static files; {@code --verify DIR} checks a copy
 * against the publication key.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publish the public portal now: a snapshot of verified figures under disclosure control.",
                "With --out, also write the whole portal (French and English pages, maps, CSV, HXL, JSON,",
                "signed manifest.json) to a folder any web server or a USB stick can serve.",
                "With --verify, check such a folder: every file unchanged, none added, the signature good."})
final class PublishCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @Option(names = "--out", paramLabel = "DIR", description = "Write the portal's files to DIR (created if missing; must be empty).")
    Path out;
    @Option(names = "--verify", paramLabel = "DIR", description = "Check a published folder instead of publishing.")
    Path verify;
    @Option(names = "--key", paramLabel = "FILE",
            description = "With --verify: the publication's public key (Tink JSON); default: the one in the data directory's keys.")
    Path key;

    @Override
    public Integer call() throws Exception {
        if (verify != null) {
            return verify();
        }
        if (out != null && Files.exists(out) && (!Files.isDirectory(out) || hasFiles(out))) {
            System.err.println("vigie: --out: " + out + " is not an empty folder");
            return TextsCommand.BAD_INPUT;
        }
        try (App app = App.create(data.config())) {
            Publisher.Publication p = app.publisher().publish("cli", "manual");
            System.out.println(p.changed() ? "Published snapshot " + p.id() + " (SHA-256 " + p.digest() + ")."
                    : "Nothing changed since snapshot " + p.id() + "; it stays the one published.");
            if (out != null) {
                // The stored snapshot's site, byte for byte what a running Vigie serves at /public.
                PortalSite site = app.portal().site();
                site.writeTo(out);
                System.out.println("Portal written to " + out + ": " + site.files().size() + " files, signed in " + SiteManifest.FILE + ".");
            }
            return 0;
        }
    }

    private int verify() throws Exception {
        if (!Files.isDirectory(verify)) {
            System.err.println("vigie: --verify: no folder " + verify);
            return TextsCommand.BAD_INPUT;
        }
        Path keyFile = key != null ? key : data.data.resolve("keys").resolve(App.PUBLICATION_KEY + ".pub.json");
        if (!Files.isRegularFile(keyFile)) {
            System.err.println("vigie: --key: no public key at " + keyFile);
            return TextsCommand.BAD_INPUT;
        }
        List<String> problems = SiteManifest.verify(verify, Files.readString(keyFile, StandardCharsets.UTF_8));
        if (problems.isEmpty()) {
            System.out.println(verify + ": every file is as published and the manifest is signed by " + keyFile + ".");
            return 0;
        }
        problems.forEach(p -> System.out.println(verify + ": " + p));
        return 1;
    }

    private static boolean hasFiles(Path dir) throws java.io.IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }
}
