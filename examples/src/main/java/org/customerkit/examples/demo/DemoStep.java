package org.customerkit.examples.demo;

import java.util.function.Consumer;

/** One step of the tour: a short heading, then what it does and prints. */
interface DemoStep {

  String heading();

  void run(DemoContext context);

  static DemoStep of(String heading, Consumer<DemoContext> action) {
    return new DemoStep() {
      @Override
      public String heading() {
        return heading;
      }

      @Override
      public void run(DemoContext context) {
        action.accept(context);
      }
    };
  }
}
