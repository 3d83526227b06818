/**
 * Not part of the API: what the file readers of {@code sibcalc-io} need of the care data to read a million rows
 * without a String or a record each. The package is exported to {@code org.sibcalc.io} alone.
 */
package org.sibcalc.data.readers;
