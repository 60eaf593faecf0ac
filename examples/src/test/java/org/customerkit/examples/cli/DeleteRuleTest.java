package org.customerkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeleteRuleTest {

  @TempDir
  Path dir;

  private Cli cli;

  @BeforeEach
  void freshDatabase() {
    cli = Cli.onFreshDatabase(dir);
  }

  private String aCustomer(String name) {
    return cli.run("add", "--company", name, "--city", "Gent").lastLine();
  }

  @Test
  void aCustomerWithSalesDocumentsCannotBeDeleted() {
    String number = aCustomer("Bakkerij Peeters");
    Cli.Result invoice = cli.run("sales", "add-invoice", number, "--amount", "121.50", "--date", "2026-03-31");
    Cli.Result quote = cli.run("sales", "add-quote", number, "--amount", "99");

    Cli.Result delete = cli.run("delete", number);

    assertEquals(ExitCodes.DONE, invoice.exit(), invoice::toString);
    assertTrue(invoice.lastLine().matches("\\d+"), invoice::toString);
    assertTrue(invoice.out().contains("F2026-0001"), invoice::toString);
    assertTrue(quote.lastLine().matches("\\d+"), quote::toString);
    assertEquals(ExitCodes.REFUSED, delete.exit(), delete::toString);
    assertEquals("Customer cannot be deleted: it has 2 sales documents. Archive the customer instead.",
        delete.err().strip());
    assertEquals(ExitCodes.DONE, cli.run("show", number).exit());
  }

  @Test
  void aCustomerWithoutSalesDocumentsIsDeleted() {
    String keep = aCustomer("Bakkerij Peeters");
    String gone = aCustomer("Slagerij Maes");
    cli.run("sales", "add-invoice", keep, "--amount", "10");

    Cli.Result delete = cli.run("delete", gone);

    assertEquals(ExitCodes.DONE, delete.exit(), delete::toString);
    assertEquals(ExitCodes.BAD_INPUT, cli.run("show", gone).exit());
  }

  @Test
  void aPaymentPrintsItsIdLastAndKeepsTheCustomerToo() {
    String number = aCustomer("Bakkerij Peeters");

    Cli.Result payment = cli.run("bank", "add-payment", number, "--amount", "121,50", "--date", "2026-04-02");

    assertEquals(ExitCodes.DONE, payment.exit(), payment::toString);
    assertTrue(payment.lastLine().matches("\\d+"), payment::toString);
    assertEquals(ExitCodes.REFUSED, cli.run("delete", number).exit());
  }

  @Test
  void badAmountsAndDatesAreBadInput() {
    String number = aCustomer("Bakkerij Peeters");

    assertEquals(ExitCodes.BAD_INPUT, cli.run("sales", "add-invoice", number, "--amount", "veel").exit());
    assertEquals(ExitCodes.BAD_INPUT, cli.run("sales", "add-invoice", number, "--amount", "-5").exit());
    assertEquals(ExitCodes.BAD_INPUT,
        cli.run("sales", "add-invoice", number, "--amount", "5", "--date", "31/03/2026").exit());
    assertEquals(ExitCodes.BAD_INPUT, cli.run("sales", "add-invoice", number).exit());
  }

  @Test
  void theRefusalNamesWhatBlocksTheDeleteInEveryLanguage() {
    String paid = aCustomer("Bakkerij Peeters");
    cli.run("bank", "add-payment", paid, "--amount", "10");
    String both = aCustomer("Slagerij Maes");
    cli.run("sales", "add-invoice", both, "--amount", "10");
    cli.run("bank", "add-payment", both, "--amount", "10");
    cli.run("bank", "add-payment", both, "--amount", "20");

    Cli.Result payment = cli.run("delete", paid);

    assertEquals(ExitCodes.REFUSED, payment.exit(), payment::toString);
    assertEquals("Customer cannot be deleted: it has 1 payment. Archive the customer instead.",
        payment.err().strip());
    assertEquals("Customer cannot be deleted: it has 1 sales document and 2 payments. Archive the customer instead.",
        cli.run("delete", both).err().strip());
    assertEquals("Klant kan niet verwijderd worden: er is 1 betaling. Archiveer de klant in de plaats.",
        cli.run("delete", paid, "--lang", "nl").err().strip());
    assertEquals("Klant kan niet verwijderd worden: er zijn 1 verkoopdocument en 2 betalingen. Archiveer de klant"
        + " in de plaats.", cli.run("delete", both, "--lang", "nl").err().strip());
    assertEquals("Le client ne peut pas \u00eatre supprim\u00e9 : il a 1 paiement. Archivez plut\u00f4t le client.",
        cli.run("delete", paid, "--lang", "fr").err().strip());
    assertEquals("Der Kunde kann nicht gel\u00f6scht werden: es gibt 1 Verkaufsbeleg und 2 Zahlungen. Archivieren Sie"
        + " den Kunden stattdessen.", cli.run("delete", both, "--lang", "de").err().strip());
  }
}
