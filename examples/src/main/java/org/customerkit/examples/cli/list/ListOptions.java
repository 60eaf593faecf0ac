package org.customerkit.examples.cli.list;

import java.util.ArrayList;
import java.util.List;
import org.customerkit.core.application.port.in.ListRequest;
import picocli.CommandLine.Option;

/** The options that shape a list: view, sort, columns, page size, cursor, total. Shared by list, search, views save. */
public final class ListOptions {

  @Option(names = "--view", paramLabel = "VIEW",
      description = "all (default), without-vat, with-vat, or a saved view's name.")
  String view;

  @Option(names = "--sort", paramLabel = "COLUMN[:asc|desc]",
      description = "Sort key replacing the view's sort; repeatable, first is primary.")
  List<String> sort = new ArrayList<>();

  @Option(names = "--toggle", paramLabel = "COLUMN",
      description = "Click on a column title: the primary column flips direction, another becomes primary.")
  String toggle;

  @Option(names = "--columns", paramLabel = "COLUMN", split = ",",
      description = "Columns to show instead of the view's, comma-separated: number, company-name, full-name,"
          + " address, postal-code, city, country, phone, mobile, email, vat-number, language, created,"
          + " updated, field:KEY.")
  List<String> columns = new ArrayList<>();

  @Option(names = "--page-size", paramLabel = "N", description = "Customers per page, 1 to 1000.")
  Integer pageSize;

  @Option(names = "--after", paramLabel = "CURSOR", description = "The cursor printed after the previous page.")
  String after;

  @Option(names = "--total", description = "Count all matching customers too.")
  boolean total;

  @Option(names = "--archived", description = "Show archived customers too.")
  boolean archived;

  /** A request builder with these options set; search text and criteria are the caller's to add. */
  public ListRequest.Builder request() {
    ListRequest.Builder request = ListRequest.builder();
    if (view != null) {
      request.view(view);
    }
    request.sort(sort).columns(columns).withTotal(total);
    if (toggle != null) {
      request.toggle(toggle);
    }
    if (pageSize != null) {
      request.pageSize(pageSize);
    }
    if (after != null) {
      request.after(after);
    }
    if (archived) {
      request.includeArchived(true);
    }
    return request;
  }
}
