/**
 * The {@code sibcalc} command line ({@code statement}, {@code validate}, {@code explain}, {@code returns}): a thin shell over
 * {@link org.sibcalc.io.InputFiles} and {@link org.sibcalc.Calculation}.
 */
package org.sibcalc.cli;
