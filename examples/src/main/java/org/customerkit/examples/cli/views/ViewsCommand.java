package org.customerkit.examples.cli.views;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.customerkit.core.application.port.in.ListRequest;
import org.customerkit.core.application.port.in.ManageViews;
import org.customerkit.core.view.BuiltInView;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.search.FilterText;
import org.customerkit.core.view.View;
import org.customerkit.examples.cli.RunnerTexts;
import org.customerkit.examples.cli.Session;
import org.customerkit.examples.cli.list.ListOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code views save|list|delete}: the tenant's saved views ("window settings") beside the built-in ones. */
@Command(name = "views", mixinStandardHelpOptions = true, description = "Saved views: save, list, delete.")
public final class ViewsCommand {

  @Spec
  CommandSpec spec;

  @Command(name = "save", mixinStandardHelpOptions = true, sortOptions = false,
      description = "Save a view under a name: a base view, criteria, sort, columns and page size.")
  void save(@Parameters(paramLabel = "NAME", description = "The view's name.") String name,
      @Option(names = "--where", paramLabel = "CRITERION", description = "A criterion of the view; repeatable.")
      List<String> where,
      @Option(names = "--search", paramLabel = "TEXT", description = "General search text of the view.")
      String search,
      @Mixin ListOptions options) {
    try (Session session = Session.open(spec)) {
      ListRequest.Builder shape = options.request().where(where == null ? List.of() : where);
      if (search != null) {
        shape.search(search);
      }
      View view = session.done(session.customers().saveView(new ManageViews.SaveView(name, shape.build(), false)));
      session.out().println(session.texts().text("views.saved", view.name(), columns(view), view.sort().text()));
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in and saved views.")
  void list() {
    try (Session session = Session.open(spec)) {
      PrintWriter out = session.out();
      RunnerTexts texts = session.texts();
      List<View> views = session.customers().views(Optional.empty());
      int width = views.stream().mapToInt(v -> v.name().length()).max().orElse(4) + 2;
      for (View view : views) {
        List<String> parts = new ArrayList<>();
        BuiltInView.byName(view.name()).ifPresent(b -> parts.add(b.title(session.messages())));
        List<String> filter = FilterText.format(view.filter());
        if (!filter.isEmpty()) {
          parts.add(texts.text("list.where", String.join(" AND ", filter)));
        }
        parts.add(texts.text("list.columns", columns(view)));
        parts.add(texts.text("list.sort", view.sort().text()));
        parts.add(texts.text("list.page-size", Integer.toString(view.pageSize())));
        out.println(view.name() + " ".repeat(width - view.name().length()) + String.join("; ", parts));
      }
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a saved view.")
  void delete(@Parameters(paramLabel = "NAME", description = "The view's name.") String name) {
    try (Session session = Session.open(spec)) {
      session.done(session.customers().deleteView(name, Optional.empty()));
      session.out().println(session.texts().text("views.deleted", name));
    }
  }

  private static String columns(View view) {
    return view.columns().stream().map(Column::columnName).collect(Collectors.joining(","));
  }
}
