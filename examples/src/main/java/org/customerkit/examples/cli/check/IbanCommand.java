package org.customerkit.examples.cli.check;

import picocli.CommandLine.Command;

/** {@code iban}: bank account commands. */
@Command(name = "iban", description = "IBAN bank account numbers.", subcommands = IbanCheckCommand.class,
    mixinStandardHelpOptions = true)
public final class IbanCommand {}
