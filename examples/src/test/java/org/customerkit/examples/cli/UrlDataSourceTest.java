package org.customerkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlDataSourceTest {

  @TempDir
  Path dir;

  @Test
  void anH2ErrorLeavesNoTraceFileUnlessTheUrlAsksForOne() throws Exception {
    failOnH2("jdbc:h2:file:" + dir.resolve("quiet").toAbsolutePath());
    assertEquals(List.of(), traceFiles());

    failOnH2("jdbc:h2:file:" + dir.resolve("traced").toAbsolutePath() + ";TRACE_LEVEL_FILE=1");
    assertEquals(List.of("traced.trace.db"), traceFiles());
  }

  /** A value too long for its column: an error H2 traces with the value. */
  private static void failOnH2(String url) throws SQLException {
    try (Connection connection = new UrlDataSource(url).getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE contact (email VARCHAR(5))");
      assertThrows(SQLException.class,
          () -> statement.execute("INSERT INTO contact VALUES ('jan.janssens@example.be')"));
    }
  }

  private List<String> traceFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".trace.db")).sorted()
          .collect(Collectors.toList());
    }
  }
}
