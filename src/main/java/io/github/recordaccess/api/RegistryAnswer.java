package io.github.recordaccess.api;

import io.github.recordaccess.registry.PracticeEntry;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The registry as an answer: JSON, or (Accept: text/csv) the CSV a whole-registry PUT takes back. */
final class RegistryAnswer {

    private RegistryAnswer() {}

    static Response of(List<PracticeEntry> practices, HttpHeaders headers) {
        if (RecommendationCsv.wanted(headers)) {
            return csv(practices).attachment("practice-registry.csv");
        }
        return Response.ok(practices, MediaType.APPLICATION_JSON).build();
    }

    /** {@link RegistryUpload} undoes what {@link CsvWriter} did to defuse a name, so the CSV round-trips. */
    private static CsvWriter csv(List<PracticeEntry> practices) {
        CsvWriter csv = CsvWriter.withHeader(RegistryUpload.CSV_HEADER, practices.size());
        for (PracticeEntry p : practices) {
            csv.row(p.odsCode(), p.name(), p.system(), p.goLive().orElse(null));
        }
        return csv;
    }
}
