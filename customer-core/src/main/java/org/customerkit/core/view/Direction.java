package org.customerkit.core.view;

public enum Direction {
  ASC,
  DESC;

  public Direction flipped() {
    return this == ASC ? DESC : ASC;
  }
}
