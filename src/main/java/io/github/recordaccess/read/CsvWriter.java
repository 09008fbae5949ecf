package io.github.recordaccess.read;

import io.github.recordaccess.web.Negotiation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;

/**
 * Every CSV the service writes (worklists, the overview, the histories, the registry) is written here, so that one
 * class decides its media type, when a caller gets it ({@link #wanted}), how a cell is quoted (RFC 4180), how it is
 * defused for spreadsheets, and how it is sent as a download ({@link #attachment}).
 *
 * <p>A spreadsheet reads a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return as a formula (OWASP, "CSV Injection"), and values reach these files from outside: an NHS number or a Patient
 * id as the FHIR server recorded it, a practice name as an administrator typed it. Such a cell gets one {@code '}
 * in front, which spreadsheets show as text. So that a reader can take exactly that {@code '} away again, a cell that
 * already starts with {@code '} before such a character gets one more: {@link #undefused} then restores every value
 * the writer was given, whatever it was.
 */
public final class CsvWriter {

    public static final String MEDIA_TYPE = "text/csv";

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char DEFUSE = '\'';

    private final StringBuilder csv;

    private CsvWriter(String header, int expectedRows) {
        this.csv = new StringBuilder(header.length() + 2 + expectedRows * 96)
                .append(header)
                .append("\r\n");
    }

    /** True when CSV is the type to answer with (see {@link Negotiation}); JSON wins a tie. */
    public static boolean wanted(HttpHeaders headers) {
        return Negotiation.choose(
                        headers.getHeaderString(HttpHeaders.ACCEPT), List.of(MediaType.APPLICATION_JSON, MEDIA_TYPE))
                .filter(MEDIA_TYPE::equals)
                .isPresent();
    }

    /** A CSV that starts with {@code header}, the column names: ours, fixed, written as given. */
    public static CsvWriter withHeader(String header) {
        return new CsvWriter(header, 16);
    }

    /** The same, with room for about {@code expectedRows} rows. */
    public static CsvWriter withHeader(String header, int expectedRows) {
        return new CsvWriter(header, expectedRows);
    }

    /** One line: each cell's {@link Object#toString()}, defused and quoted; {@code null} is an empty cell. */
    public CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
        return this;
    }

    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** The CSV as a download named {@code fileName}, as the API and the pages send it. */
    public Response attachment(String fileName) {
        return Response.ok(csv.toString(), MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    @Override
    public String toString() {
        return csv.toString();
    }

    /** One cell as written: defused, then quoted where RFC 4180 needs it. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = defused(value.toString());
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** The text with one {@code '} in front when a spreadsheet would read it as a formula (see the class comment). */
    static String defused(String text) {
        return readAsFormula(text) ? DEFUSE + text : text;
    }

    /**
     * What the writer was given, from a cell (already unquoted) of a CSV it wrote: the one {@code '} it added is taken
     * away. A cell it could not have written that way (a {@code '} before anything else) is left as it is.
     */
    public static String undefused(String cell) {
        return cell.length() > 1 && cell.charAt(0) == DEFUSE && readAsFormula(cell.substring(1))
                ? cell.substring(1)
                : cell;
    }

    /** After any leading {@code '}, the text starts with a character that makes it a formula. */
    private static boolean readAsFormula(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) == DEFUSE) {
            first++;
        }
        return first < text.length() && FORMULA_STARTS.indexOf(text.charAt(first)) >= 0;
    }
}
