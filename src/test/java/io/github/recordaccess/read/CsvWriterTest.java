package io.github.recordaccess.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every cell the service writes is quoted by RFC 4180 and defused for spreadsheets (OWASP CSV injection). */
class CsvWriterTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // value                            | the cell as written
                "9990000018                         | 9990000018",
                "High Street Surgery                | High Street Surgery",
                "=SUM(A1:A9)                        | '=SUM(A1:A9)",
                "+44 20 7946 0000                   | '+44 20 7946 0000",
                "`-2+3+cmd|' /C calc'!A0`           | `'-2+3+cmd|' /C calc'!A0`",
                "@SUM(1+1)                          | '@SUM(1+1)",
                "`=HYPERLINK(\"http://x\",\"y\")`   | `\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"`",
                "`Dr Ahmed, Brown & Partners`       | `\"Dr Ahmed, Brown & Partners\"`",
                "`-1,5`                             | `\"'-1,5\"`",
                "'=already text                     | ''=already text",
                "''-twice                           | '''-twice",
                "O'Brien Surgery                    | O'Brien Surgery",
                "'plain                             | 'plain",
                "'                                  | '",
                "a=b                                | a=b",
                "2024-06-01                         | 2024-06-01",
            })
    void aCellIsDefusedAndQuoted(String value, String written) {
        assertThat(CsvWriter.cell(value)).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\tTabbed", "\rReturned", "=1", "+1", "-1", "@a"})
    void aCellStartingWithATabCarriageReturnOrFormulaCharacterGetsOneQuote(String value) {
        String cell = CsvWriter.cell(value);

        assertThat(cell.replace("\"", "")).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=SUM(A1)",
                "-Minus",
                "+Plus",
                "@At",
                "\tTab",
                "'=quoted",
                "''=quoted twice",
                "'''@thrice",
                "'plain",
                "''",
                "'",
                "plain",
                "O'Brien",
                "-"
            })
    void whatTheWriterDefusedTheReaderRestoresExactly(String value) {
        assertThat(CsvWriter.undefused(CsvWriter.defused(value))).isEqualTo(value);
    }

    @Test
    void theReaderLeavesAloneACellTheWriterCouldNotHaveDefused() {
        assertThat(CsvWriter.undefused("'plain")).isEqualTo("'plain");
        assertThat(CsvWriter.undefused("'")).isEqualTo("'");
        assertThat(CsvWriter.undefused("=raw")).isEqualTo("=raw");
        assertThat(CsvWriter.undefused("")).isEmpty();
    }

    @Test
    void rowsEndInCrLfAndEmptyCellsAreEmpty() {
        String csv = CsvWriter.withHeader("a,b,c")
                .row("-1", null, LocalDate.of(2024, 6, 1))
                .row(List.of("x", "", true))
                .toString();

        assertThat(csv).isEqualTo("a,b,c\r\n'-1,,2024-06-01\r\nx,,true\r\n");
    }
}
