package io.github.recordaccess.api;

import static io.github.recordaccess.read.CsvColumns.column;

import io.github.recordaccess.read.CsvColumns;
import io.github.recordaccess.read.CsvWriter;
import io.github.recordaccess.registry.PracticeEntry;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The registry as an answer: JSON, or (Accept: text/csv) the CSV a whole-registry PUT takes back. */
final class RegistryAnswer {

    private RegistryAnswer() {}

    static Response of(List<PracticeEntry> practices, HttpHeaders headers) {
        if (CsvWriter.wanted(headers)) {
            return csv(practices).attachment("practice-registry.csv");
        }
        return Response.ok(practices, MediaType.APPLICATION_JSON).build();
    }

    /** {@link RegistryUpload} undoes what {@link CsvWriter} did to defuse a name, so the CSV round-trips. */
    static final CsvColumns<PracticeEntry> COLUMNS = CsvColumns.of(List.of(
            column("ods_code", PracticeEntry::odsCode),
            column("name", PracticeEntry::name),
            column("system", PracticeEntry::system),
            column("go_live_date", p -> p.goLive().orElse(null))));

    private static CsvWriter csv(List<PracticeEntry> practices) {
        return COLUMNS.write(practices);
    }
}
