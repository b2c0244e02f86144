package org.vigie.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigie.App;
import org.vigie.config.Config;
import org.vigie.demo.DemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run Vigie's web server (migrations run first).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "localhost",
            description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--demo", description = "Load the demonstration data set and one demo account per role (embedded database only).")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        Config config = data.config(host, port, demo);
        App app = App.create(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                app.close();
            } catch (Exception e) {
                System.err.println("vigie: error while stopping: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "vigie-shutdown"));
        if (demo) {
            DemoData.load(app).print(System.out);
        }
        app.start();
        System.out.println("Vigie " + App.VERSION + " is running on http://" + host + ":" + app.port() + "/ ("
                + app.database().description() + ")");
        stopped.await();
        return 0;
    }
}
