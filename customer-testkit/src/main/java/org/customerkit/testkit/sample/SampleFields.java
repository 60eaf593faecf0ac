package org.customerkit.testkit.sample;

import java.util.List;
import org.customerkit.core.application.port.in.ManageExtraFields;
import org.customerkit.core.domain.field.ExtraFieldType;

/** The extra fields the sample customers fill in: region (choice), birthday (date) and vip (yes/no). */
public final class SampleFields {

  public static final String REGION = "region";
  public static final String BIRTHDAY = "birthday";
  public static final String VIP = "vip";

  private SampleFields() {}

  /** The definitions to define before registering sample customers. */
  public static List<ManageExtraFields.Definition> definitions() {
    return List.of(
        new ManageExtraFields.Definition(REGION, "Regio", ExtraFieldType.CHOICE, false,
            List.of("Vlaanderen", "Brussel", "Wallonië", Place.ABROAD)),
        new ManageExtraFields.Definition(BIRTHDAY, "Verjaardag", ExtraFieldType.DATE, false, List.of()),
        new ManageExtraFields.Definition(VIP, "VIP", ExtraFieldType.YES_NO, false, List.of()));
  }
}
