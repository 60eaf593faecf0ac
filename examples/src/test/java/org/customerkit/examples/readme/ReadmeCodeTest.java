package org.customerkit.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java code, read from README.md itself, compiled and run, so the front door cannot drift from the
 * library. Each {@code ```java} block becomes one method of a generated class whose fields give the names the
 * README takes as known: {@code dataSource} (an in-memory H2 database), {@code myLedger} (a host's sales ledger)
 * and {@code customers} (tenant {@code acme} with the {@code region} extra field and one customer). Files the
 * README writes to a relative path land in a temporary folder. Where a {@code System.out.println} line carries a
 * trailing comment, or the next line is a comment, that comment is the text the line must print.
 */
class ReadmeCodeTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TRAILING = Pattern.compile("System\\.out\\.println\\(.*\\);\\s*//\\s*(.+)$");

  @TempDir
  Path folder;

  @Test
  void everyJavaBlockOfTheReadmeCompilesRunsAndPrintsWhatItSays() throws Exception {
    List<String> blocks = javaBlocks(Files.readString(README, StandardCharsets.UTF_8));
    assertFalse(blocks.isEmpty(), "README.md has no java blocks");
    Class<?> program = compile(source(blocks));
    Object instance = program.getConstructor(Path.class).newInstance(folder);
    for (int i = 0; i < blocks.size(); i++) {
      int number = i + 1;
      Method block = program.getMethod("block" + i);
      String printed = printedBy(() -> {
        try {
          block.invoke(instance);
        } catch (InvocationTargetException e) {
          throw new AssertionError("README java block " + number + " failed: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      });
      for (String expected : expectedOutput(blocks.get(i))) {
        assertTrue(printed.contains(expected),
            "README java block " + (i + 1) + " should print \"" + expected + "\" but printed:\n" + printed);
      }
    }
  }

  @Test
  void theExpectedOutputIsReadFromTheComments() {
    assertEquals(List.of("10000 Acme", "Het is goed."), expectedOutput(
        "System.out.println(x);   // 10000 Acme\nint y = 1;\nSystem.out.println(y);\n// Het is goed.\n"));
  }

  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher matcher = BLOCK.matcher(markdown);
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }

  static List<String> expectedOutput(String block) {
    List<String> expected = new ArrayList<>();
    String[] lines = block.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].contains("System.out.println")) {
        continue;
      }
      Matcher trailing = TRAILING.matcher(lines[i].strip());
      if (trailing.find()) {
        expected.add(trailing.group(1).strip());
      } else if (i + 1 < lines.length && lines[i + 1].strip().startsWith("//")) {
        expected.add(lines[i + 1].strip().substring(2).strip());
      }
    }
    return expected;
  }

  private static String source(List<String> blocks) {
    StringBuilder java = new StringBuilder();
    for (String pkg : List.of("java.io", "java.nio.charset", "java.nio.file", "java.util", "org.customerkit.core.application.port.in",
        "org.customerkit.core.application.port.out", "org.customerkit.core.domain.customer",
        "org.customerkit.core.domain.field", "org.customerkit.core.domain.fiscal", "org.customerkit.core.domain.bank",
        "org.customerkit.core.domain.shared", "org.customerkit.core.inmemory", "org.customerkit.core.report",
        "org.customerkit.core.view", "org.customerkit.core.wiring", "org.customerkit.persistence.jdbc",
        "org.customerkit.reports", "org.customerkit.testkit.contract")) {
      java.append("import ").append(pkg).append(".*;\n");
    }
    java.append("import java.util.List;\nimport java.util.Optional;\n");
    java.append("""
        public class ReadmeProgram {
          private final Path folder;
          private final javax.sql.DataSource dataSource;
          private final SalesLedger myLedger = SalesLedger.none();
          private final Customers customers;

          public ReadmeProgram(Path folder) {
            this.folder = folder;
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL("jdbc:h2:mem:readme-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            this.dataSource = h2;
            this.customers = new InMemoryStores().moduleBuilder().build().forTenant(TenantId.of("acme"));
            customers.define(new ManageExtraFields.Definition("region", "Regio", org.customerkit.core.domain.field
                .ExtraFieldType.TEXT, false, List.of())).orThrow();
            customers.register(new RegisterCustomer.Command(CustomerForm.builder().companyName("Bakkerij Peeters")
                .city("Gent").postalCode("9000").vatNumber("BE 0403.019.261").putFields("region", "Oost-Vlaanderen")
                .build())).orThrow();
          }

          private Path in(String name) {
            return folder.resolve(name);
          }
        """);
    for (int i = 0; i < blocks.size(); i++) {
      String body = blocks.get(i).replace("Files.newOutputStream(Path.of(", "Files.newOutputStream(in(");
      java.append("  public void block").append(i).append("() throws Exception {\n").append(body).append("\n  }\n");
    }
    return java.append("}\n").toString();
  }

  private Class<?> compile(String source) throws IOException, ClassNotFoundException {
    Path sources = Files.createDirectories(folder.resolve("src"));
    Path classes = Files.createDirectories(folder.resolve("classes"));
    Path file = sources.resolve("ReadmeProgram.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      boolean compiled = compiler.getTask(null, files, diagnostics, List.of("-d", classes.toString(), "-classpath",
          System.getProperty("java.class.path"), "-proc:none", "-Xlint:none"), null,
          files.getJavaFileObjects(file)).call();
      assertTrue(compiled, () -> "README java blocks do not compile:\n" + diagnostics.getDiagnostics());
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    return loader.loadClass("ReadmeProgram");
  }

  private static String printedBy(Runnable work) {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      work.run();
    } finally {
      System.setOut(original);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }
}
