package org.customerkit.core.domain.bank;

import java.util.Objects;
import java.util.Optional;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;

/**
 * A customer's bank account: the IBAN and the BIC of its bank.
 *
 * <p>For a Belgian IBAN the BIC follows from the bank code, so nobody has to type it: {@link #parse} derives
 * it, and refuses a typed BIC of another bank. For other countries the BIC cannot be derived and is kept as
 * typed, when there is one.
 *
 * <p>The constructor keeps the same rule: a Belgian account whose bank has a BIC always carries that BIC,
 * filled in when {@code bic} is empty.
 *
 * @param iban the account number, never null
 * @param bic the bank's BIC, empty when unknown; never null
 */
public record BankAccount(Iban iban, Optional<Bic> bic) {

  public BankAccount {
    Objects.requireNonNull(iban, "iban");
    Objects.requireNonNull(bic, "bic");
    Optional<Bic> derived = iban.bic();
    if (derived.isPresent()) {
      if (bic.isPresent() && !bic.get().bank8().equals(derived.get().bank8())) {
        throw new IllegalArgumentException("BIC " + bic.get() + " is not that of " + iban + ": " + derived.get());
      }
      bic = derived;
    }
  }

  /** The account of an IBAN, with the BIC derived where it can be. */
  public static BankAccount of(Iban iban) {
    return new BankAccount(iban, Optional.empty());
  }

  /**
   * Parses an account as typed in two fields. The IBAN is required (refusals on field {@code iban}); the
   * BIC may be null or blank. A typed BIC is checked (refusals on field {@code bic}); for a Belgian IBAN it
   * must name the same bank as the derived one, compared on the first eight characters, else
   * {@code BIC_MISMATCH} with the expected BIC as argument.
   *
   * @param iban the IBAN as typed, may be null
   * @param bic the BIC as typed, may be null
   */
  public static Parsed<BankAccount> parse(String iban, String bic) {
    Parsed<Iban> parsedIban = Iban.parse(iban);
    if (parsedIban instanceof Parsed.Invalid<Iban> refused) {
      return Parsed.invalid(refused.refusal());
    }
    Iban account = parsedIban.orThrow();
    if (bic == null || bic.isBlank()) {
      return Parsed.valid(of(account));
    }
    Parsed<Bic> parsedBic = Bic.parse(bic);
    if (parsedBic instanceof Parsed.Invalid<Bic> refused) {
      return Parsed.invalid(refused.refusal());
    }
    Bic typed = parsedBic.orThrow();
    Optional<Bic> derived = account.bic();
    if (derived.isPresent() && !derived.get().bank8().equals(typed.bank8())) {
      return Parsed.invalid("bic", Reason.BIC_MISMATCH, derived.get().value());
    }
    return Parsed.valid(new BankAccount(account, Optional.of(typed)));
  }
}
