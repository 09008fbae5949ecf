package io.github.recordaccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegotiationTest {

    private static final List<String> JSON_OR_CSV = List.of("application/json", "text/csv");

    @ParameterizedTest(name = "Accept [{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NONE",
            value = {
                "                                         | application/json",
                "'   '                                    | application/json",
                "*/*                                      | application/json",
                "text/csv                                 | text/csv",
                "text/*                                   | text/csv",
                "application/json                         | application/json",
                "text/csv;q=0                             | NONE",
                "text/csv;q=0, application/json           | application/json",
                "text/csv;q=0, */*;q=0.1                  | application/json",
                "application/json;q=0, */*                | text/csv",
                "application/json;q=0.5, text/csv         | text/csv",
                "application/json;q=0, text/csv;q=0.2     | text/csv",
                "text/csv, application/json               | text/csv",
                "application/json, text/csv               | application/json",
                "text/csv;q=0.9, */*                      | application/json",
                "text/html                                | NONE",
                "image/png, text/html;q=0.8               | NONE",
                "*/*;q=0                                  | NONE",
                "TEXT/CSV                                 | text/csv",
                "text/csv;q=abc, application/json;q=0.1   | application/json",
                "garbage                                  | application/json",
            })
    void choosesByQualityThenSpecificityThenOrder(String accept, String expected) {
        assertThat(Negotiation.choose(accept, JSON_OR_CSV).orElse(null)).isEqualTo(expected);
    }
}
