package org.customerkit.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.customerkit.examples.cli.BadInputException;

/**
 * The demo's folder, marked as the demo's by a file {@value #MARK} that lists the files the demo wrote there. A
 * new or empty folder is marked and used; a marked folder is reused, the files it lists deleted first (and
 * nothing else); any other folder is refused, so the demo never deletes a file of the user's.
 */
final class DemoFolder {

  static final String MARK = ".customerkit-demo";
  private static final String HEADER = "# written by customerkit demo: the files below are the demo's own and are"
      + " replaced on its next run";

  private final Path home;
  private final Set<String> before;
  private final Set<String> written;

  private DemoFolder(Path home, Set<String> before, Set<String> written) {
    this.home = home;
    this.before = before;
    this.written = written;
  }

  /** The folder made ready for a fresh tour; refused (exit 2) when it holds files the demo did not write. */
  static DemoFolder claim(Path home) {
    try {
      if (Files.exists(home, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(home, LinkOption.NOFOLLOW_LINKS)) {
        throw new BadInputException("The demo's folder " + home + " is a file; give a new or empty folder with"
            + " --dir");
      }
      Set<String> written = new TreeSet<>();
      if (Files.exists(home)) {
        Path mark = home.resolve(MARK);
        if (Files.isRegularFile(mark, LinkOption.NOFOLLOW_LINKS)) {
          written.addAll(listed(mark));
          for (String name : written) {
            Files.deleteIfExists(home.resolve(name));
          }
        } else if (!names(home).isEmpty()) {
          throw new BadInputException("The folder " + home + " holds files the demo did not write, and the demo"
              + " deletes nothing of yours: give a new or empty folder with --dir");
        }
      }
      Files.createDirectories(home);
      Set<String> before = names(home);
      DemoFolder folder = new DemoFolder(home, before, new TreeSet<>());
      folder.record();
      return folder;
    } catch (IOException e) {
      throw new BadInputException("Cannot prepare the demo's folder " + home + ": " + e.getMessage(), e);
    }
  }

  /** Adds to the mark every file that appeared since {@link #claim}: the database's and the reports. */
  void recordWhatWasWritten() {
    try {
      Set<String> now = names(home);
      now.removeAll(before);
      written.addAll(now);
      record();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot mark the demo's folder " + home, e);
    }
  }

  private void record() throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.addAll(written);
    Files.write(home.resolve(MARK), lines, StandardCharsets.UTF_8);
  }

  /** The plain file names a mark lists; anything with a path in it is ignored, never deleted. */
  private static Set<String> listed(Path mark) throws IOException {
    return Files.readAllLines(mark, StandardCharsets.UTF_8).stream().map(String::strip)
        .filter(name -> !name.isEmpty() && !name.startsWith("#") && !name.equals(MARK))
        .filter(name -> !name.contains("/") && !name.contains("\\") && !name.equals("..") && !name.equals("."))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(name -> !name.equals(MARK))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
