package io.github.recordaccess.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A CSV's columns, each a name and how a row gives its cell: the header and every line come from one list, so that
 * a column cannot be added to one and not the other. A {@code null} cell is written empty ({@link CsvWriter}).
 *
 * @param <T> what one line is written from
 */
public final class CsvColumns<T> {

    /** One column: its name in the header, and its cell for a row. */
    public record Column<T>(String name, Function<? super T, ?> cell) {}

    private final List<Column<T>> columns;

    private CsvColumns(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    public static <T> CsvColumns<T> of(List<Column<T>> columns) {
        return new CsvColumns<>(columns);
    }

    public static <T> Column<T> column(String name, Function<? super T, ?> cell) {
        return new Column<>(name, cell);
    }

    /** The column names, comma-separated. */
    public String header() {
        return columns.stream().map(Column::name).collect(Collectors.joining(","));
    }

    /** A CSV of one line per row. */
    public CsvWriter write(List<? extends T> rows) {
        CsvWriter csv = CsvWriter.withHeader(header(), rows.size());
        for (T row : rows) {
            List<Object> cells = new ArrayList<>(columns.size());
            columns.forEach(c -> cells.add(c.cell().apply(row)));
            csv.row(cells);
        }
        return csv;
    }
}
