package aktorskartan;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * A throw-away Neo4j 5 Community server: Bolt on a free loopback port, a fresh data directory,
 * authentication on with the password given, the project's schema applied. Prints one line
 * {@code NEO4J_URI=bolt://127.0.0.1:PORT} when ready; shuts down and deletes the data directory
 * when its standard input closes or it is told to stop (SIGTERM, SIGINT).
 *
 * <pre>java -cp ... aktorskartan.Neo4jLauncher --password PW [--port N] [--data DIR] [--schema FILE]</pre>
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        String password = options.get("password");
        if (password == null || password.length() < 8) {
            fail("--password is required (8 characters or more, Neo4j's minimum)");
        }
        Path data = options.containsKey("data")
                ? Path.of(options.get("data"))
                : Files.createTempDirectory("aktorskartan-neo4j-");
        int port = options.containsKey("port") ? Integer.parseInt(options.get("port")) : freePort();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dbms, data), "neo4j-launcher-stop"));

        // The built-in user starts with a password that must be changed; set the one given.
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (options.containsKey("schema")) {
            for (String statement : statements(Path.of(options.get("schema")))) db.executeTransactionally(statement);
        }
        System.out.println("NEO4J_URI=bolt://127.0.0.1:" + port);
        System.out.flush();

        // Runs until the parent closes our standard input (or dies) or a signal arrives.
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // ignore input
        }
        System.exit(0);
    }

    private static void stop(DatabaseManagementService dbms, Path data) {
        try {
            dbms.shutdown();
        } finally {
            deleteTree(data);
        }
    }

    /** The schema file: `//` comment lines dropped, statements separated by `;` at a line end. */
    static List<String> statements(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.trim().startsWith("//")) text.append(line).append('\n');
        }
        List<String> out = new ArrayList<>();
        for (String part : text.toString().split(";\\s*(\\n|$)")) {
            if (!part.isBlank()) out.add(part.trim());
        }
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) fail("unexpected argument " + args[i]);
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e.getMessage());
        }
    }

    private static void fail(String message) {
        System.err.println("neo4j-launcher: " + message);
        System.exit(2);
    }
}
