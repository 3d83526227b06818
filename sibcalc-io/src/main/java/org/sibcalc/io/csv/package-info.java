/**
 * Not part of the API: the CSV machinery the readers of {@code org.sibcalc.io} and
 * {@code org.sibcalc.io.ssda903} share (rows read into one buffer, fields checked without a String each, episode
 * rows as columns). The package is not exported.
 */
@NullMarked
package org.sibcalc.io.csv;

import org.jspecify.annotations.NullMarked;
