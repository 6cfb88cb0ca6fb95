import java.io.IOException;
import java.io.InputStream;
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
 */
public final class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: Launcher <homeDir> <boltPort> <pluginDir> <pageCacheMiB>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Path plugins = Path.of(args[2]).toAbsolutePath();
        long pageCacheBytes = Long.parseLong(args[3]) * 1024L * 1024L;

        // Authentication is off because the connector only listens on 127.0.0.1; the Node side
        // refuses to start this launcher on any other address.
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
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

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("SAMVERKANSGRAFEN_NEO4J_STOPPING");
            service.shutdown();
            System.out.println("SAMVERKANSGRAFEN_NEO4J_STOPPED");
        }, "neo4j-shutdown"));

        // Touch the default database so that "ready" means queries can run, not just that the
        // socket is open.
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("SAMVERKANSGRAFEN_NEO4J_READY " + port);
        System.out.flush();

        watchParent(System.in);
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
