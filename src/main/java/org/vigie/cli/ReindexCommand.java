package org.vigie.cli;

import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.search.RebuildReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the search index from the database, Vigie stopped.",
                "A running Vigie rebuilds its index with POST /api/v1/search/reindex."})
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws Exception {
        try (App app = App.open(data.config())) {
            RebuildReport report = app.search().rebuild(app.searchSources());
            System.out.println("Search index rebuilt: " + report.total() + " documents " + report.countsPerKind()
                    + " in " + report.took().toMillis() + " ms.");
            return 0;
        }
    }
}
