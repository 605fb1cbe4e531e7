package org.genrescope.analysis;

import java.nio.file.Path;

/**
 * Which input a result came from.
 *
 * @param path     the file or folder as given
 * @param sha256   the flat CSV's SHA-256; for an FMA folder, the SHA-256 of the lines
 *                 "name sha256" of each FMA file present, in name order
 * @param format   "fma-folder" or "flat-csv"
 * @param rowsRead data rows read from the main table
 */
public record InputInfo(Path path, String sha256, String format, long rowsRead) { }
