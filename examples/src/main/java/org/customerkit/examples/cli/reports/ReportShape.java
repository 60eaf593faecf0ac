package org.customerkit.examples.cli.reports;

import java.util.ArrayList;
import java.util.List;
import org.customerkit.core.application.port.in.ListRequest;
import picocli.CommandLine.Option;

/** Which customers and columns a report prints, as for a list: view, columns, sort, criteria, search. */
public final class ReportShape {

  @Option(names = "--view", paramLabel = "VIEW",
      description = "The customers of this view: all (default), without-vat, with-vat, or a saved view.")
  String view;

  @Option(names = "--columns", paramLabel = "COLUMN", split = ",",
      description = "Columns in order, comma-separated, instead of the view's.")
  List<String> columns = new ArrayList<>();

  @Option(names = "--sort", paramLabel = "COLUMN[:asc|desc]",
      description = "Sort key replacing the view's sort; repeatable, first is primary.")
  List<String> sort = new ArrayList<>();

  @Option(names = "--where", paramLabel = "CRITERION", description = "A criterion; repeatable, ANDed.")
  List<String> where = new ArrayList<>();

  @Option(names = "--search", paramLabel = "TEXT", description = "General search text.")
  String search;

  @Option(names = "--archived", description = "Report archived customers too.")
  boolean archived;

  /**
   * Whether an option that chooses customers or columns was given; {@code --archived} alone does not, it adds the
   * archived customers to a definition's own.
   */
  boolean given() {
    return view != null || !columns.isEmpty() || !sort.isEmpty() || !where.isEmpty() || search != null;
  }

  /** The shape as a list request, with the base view {@code baseView} (none when null) instead of the one given. */
  ListRequest request(String baseView) {
    ListRequest.Builder request = ListRequest.builder().columns(columns).sort(sort).where(where).pageSize(1);
    if (baseView != null) {
      request.view(baseView);
    }
    if (search != null) {
      request.search(search);
    }
    if (archived) {
      request.includeArchived(true);
    }
    return request.build();
  }

  /** The shape as a list request on the view given ({@code all} when none). */
  ListRequest request() {
    return request(view);
  }
}
