package org.customerkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DatabaseUrlProperties {

  @Property
  void aPasswordNeverShowsInTheMaskedUrlNorInAMessageQuotingIt(@ForAll("passwords") String password,
      @ForAll("shapes") String shape) {
    String url = shape.replace("PW", password);

    String masked = DatabaseUrl.masked(url);
    String message = DatabaseUrl.masked("Connection to " + url + " refused (" + password + ")", url);

    assertTrue(!masked.contains(password), masked);
    assertTrue(!message.contains(password), message);
  }

  @Provide
  Arbitrary<String> passwords() {
    return Arbitraries.strings().withCharRange('!', '~').excludeChars('&', ';', '@', '/', '?', '#', ':')
        .ofMinLength(4).ofMaxLength(30).filter(p -> !p.contains("***"));
  }

  @Provide
  Arbitrary<String> shapes() {
    return Arbitraries.of("jdbc:postgresql://db.example:5432/app?user=app&password=PW",
        "jdbc:postgresql://db.example:5432/app?password=PW&ssl=true",
        "jdbc:mariadb://app:PW@db.example:3306/app",
        "jdbc:h2:file:./data/app;USER=sa;PASSWORD=PW;MODE=PostgreSQL",
        "jdbc:h2:tcp://localhost/~/app;Password=PW",
        "jdbc:sqlserver://db.example;user=app;pwd=PW");
  }

  @Example
  void aUrlWithoutAPasswordStaysAsItIs() {
    String url = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    assertEquals(url, DatabaseUrl.masked(url));
    assertEquals("jdbc:mariadb://app:***@db:3306/app", DatabaseUrl.masked("jdbc:mariadb://app:pw@db:3306/app"));
  }
}
