/**
 * Reading and cleaning input tables into a {@link org.genrescope.data.TrackTable}.
 *
 * <p>Entry point: {@link org.genrescope.data.DataLoader#load}, which picks
 * {@link org.genrescope.data.FmaFolderReader} for an FMA metadata folder or
 * {@link org.genrescope.data.FlatCsvReader} for a CSV file with one header row
 * ({@link org.genrescope.data.InputFormat#detect}).
 *
 * <p>Table work on the cleaned table is Tablesaw's, and only plain values leave the package (ADR 0004):
 * {@link org.genrescope.data.TrackFrame} (the Data tab's search and sort, as row numbers),
 * {@link org.genrescope.data.FeatureSummaries} (count, missing, mean, sd, quantiles overall and per genre, in
 * pandas' conventions) and {@link org.genrescope.data.CleanedCsv} (the cleaned table as a CSV file);
 * {@link org.genrescope.data.GenreMeans} (the genre grouping's means) was Tablesaw's group-by until session 27 and
 * is two passes over the rows now, the group-by's figures to the bit (at a million rows the group-by was the
 * load's largest maker of short-lived large arrays).
 *
 * <p>Decisions worth keeping:
 * <ul>
 *   <li>CSV is tokenised by univocity-parsers (through {@code CsvRecordReader}), not by Tablesaw: the readers
 *       stream rows and keep only the chosen columns, and univocity reports physical line numbers.
 *       Quotes are kept by the parser and stripped by us, which is how an unclosed quote (it swallows the
 *       rest of the file) is told apart from a legal multi-line field.</li>
 *   <li>Every problem a user can fix is a {@link org.genrescope.data.DataLoadException} naming the file,
 *       the physical line a field starts on (header rows and newlines inside quoted fields counted) and
 *       the column; parser and number-format exceptions never escape.</li>
 *   <li>Numbers are parsed as plain decimal notation, independent of the default locale; empty cells and
 *       {@code nan} are missing values.</li>
 *   <li>The top-genre roll-up takes the last id of {@code genres_all} that is itself a root genre, as
 *       the study did (see {@link org.genrescope.data.GenreTree#rollUp}); it reproduces the study's
 *       {@code music_data.csv} exactly.</li>
 * </ul>
 */
package org.genrescope.data;
