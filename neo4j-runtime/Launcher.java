import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs an embedded Neo4j Community server with its Bolt connector on loopback.
 *
 * Usage: java -cp 'lib/*' Launcher <homeDir> <boltPort> <pluginDir> <pageCacheMiB>
 *
 * Prints one line "SAMVERKANSGRAFEN_NEO4J_READY <port>" on stdout once Bolt accepts
 * connections. It stops cleanly on SIGTERM/SIGINT, and also when its standard input closes,
 * so a parent process that dies without cleaning up never leaves an orphaned database behind.
 *
 * Standby: java -cp 'lib/*' Launcher --standby <scratchHome> <scratchPort> <pluginDir> <pageCacheMiB>
 *
 * Runs a throw-away database in <scratchHome> (Bolt on <scratchPort>), prints
 * "SAMVERKANSGRAFEN_NEO4J_STANDBY <scratchPort>", and waits. The parent plans its statements
 * against it, so that this JVM has its classes loaded and the Cypher planner compiled. The
 * line "PROMOTE <boltPort> <homeDir>" on standard input shuts the scratch database down and
 * serves <homeDir> on <boltPort> instead, then prints the READY line: a restart that skips the
 * JVM's start and the planner's first compilation.
 */
public final class Launcher {
    private static final long STANDBY_PAGE_CACHE_BYTES = 16L * 1024L * 1024L;

    /** The service this JVM runs now (the scratch one of a standby, then the real one). */
    private static volatile DatabaseManagementService current;

    public static void main(String[] args) throws Exception {
        boolean standby = args.length == 5 && args[0].equals("--standby");
        if (args.length != 4 && !standby) {
            System.err.println("usage: Launcher <homeDir> <boltPort> <pluginDir> <pageCacheMiB>");
            System.err.println("       Launcher --standby <scratchHome> <scratchPort> <pluginDir> <pageCacheMiB>");
            System.exit(2);
        }
        int at = standby ? 1 : 0;
        Path home = Path.of(args[at]).toAbsolutePath();
        int port = Integer.parseInt(args[at + 1]);
        Path plugins = Path.of(args[at + 2]).toAbsolutePath();
        long pageCacheBytes = Long.parseLong(args[at + 3]) * 1024L * 1024L;

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("SAMVERKANSGRAFEN_NEO4J_STOPPING");
            DatabaseManagementService service = current;
            if (service != null) service.shutdown();
            System.out.println("SAMVERKANSGRAFEN_NEO4J_STOPPED");
        }, "neo4j-shutdown"));

        if (!standby) {
            serve(home, port, plugins, pageCacheBytes, "SAMVERKANSGRAFEN_NEO4J_READY");
            watchParent(System.in);
            return;
        }
        serve(home, port, plugins, STANDBY_PAGE_CACHE_BYTES, "SAMVERKANSGRAFEN_NEO4J_STANDBY");
        BufferedReader parent = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = parent.readLine();
        if (line == null || !line.startsWith("PROMOTE ")) System.exit(line == null ? 0 : 2);
        String[] promote = line.split(" ", 3); // the folder last: it may hold spaces
        DatabaseManagementService scratch = current;
        current = null;
        scratch.shutdown();
        serve(Path.of(promote[2]).toAbsolutePath(), Integer.parseInt(promote[1]), plugins, pageCacheBytes, "SAMVERKANSGRAFEN_NEO4J_READY");
        watchParent(System.in);
    }

    /** Starts a service on home and port, touches its default database, and prints `readyLine port`. */
    private static void serve(Path home, int port, Path plugins, long pageCacheBytes, String readyLine) {
        current = build(home, port, plugins, pageCacheBytes);
        // Touch the default database so that "ready" means queries can run, not just that the
        // socket is open.
        current.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println(readyLine + " " + port);
        System.out.flush();
    }

    private static DatabaseManagementService build(Path home, int port, Path plugins, long pageCacheBytes) {
        // Authentication is off because the connector only listens on 127.0.0.1; the Node side
        // refuses to start this launcher on any other address.
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                // A cap for every transaction that sets no timeout of its own (cypher-shell, scripts),
                // above the API's longest (analyst queries: 10 s) with room for seeding on a busy machine.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(30))
                // One transaction may not take the whole memory pool (70 % of the heap) from the others.
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, 256L * 1024L * 1024L)
                // The machine may be offline; don't try to send usage data.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt is stopped after the databases are flushed, and by default waits 5 s
                // twice for idle connections and threads: 10 s of every Ctrl-C.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
    }

    /** Blocks until stdin reaches end-of-file (the parent closed it or died), then exits. */
    private static void watchParent(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone, same as end-of-file.
        }
        System.exit(0);
    }
}
