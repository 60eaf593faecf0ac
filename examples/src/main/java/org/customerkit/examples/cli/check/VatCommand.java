package org.customerkit.examples.cli.check;

import picocli.CommandLine.Command;

/** {@code vat}: VAT number commands. */
@Command(name = "vat", description = "VAT numbers.", subcommands = VatCheckCommand.class,
    mixinStandardHelpOptions = true)
public final class VatCommand {}
