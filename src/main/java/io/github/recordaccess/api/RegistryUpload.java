package io.github.recordaccess.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.recordaccess.read.CsvWriter;
import io.github.recordaccess.read.OdsCode;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.rules.ClinicalSystem;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a whole registry, as CSV or JSON, and finds every fault before anything is stored: an upload is
 * taken whole or not at all, and the administrator fixes all its lines in one go.
 */
final class RegistryUpload {

    static final String CSV_HEADER = "ods_code,name,system,go_live_date";
    static final Set<String> JSON_FIELDS = Set.of("odsCode", "name", "system", "goLiveDate");
    private static final int MAX_NAME = 200;
    /** Go-live dates outside these are typing errors (the opt-out model began in 2023); a database cannot store some. */
    static final LocalDate EARLIEST_GO_LIVE = LocalDate.of(1990, 1, 1);

    static final LocalDate LATEST_GO_LIVE = LocalDate.of(2100, 12, 31);
    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private final List<String> errors = new ArrayList<>();
    private final List<PracticeEntry> entries = new ArrayList<>();
    private final Map<String, String> seen = new HashMap<>();

    private RegistryUpload() {}

    /**
     * CSV with the header {@value #CSV_HEADER}; quoted fields may hold commas; blank lines are skipped; a cell that the
     * registry's own CSV defused for spreadsheets (see {@link CsvWriter}) reads as the value it stands for.
     */
    static List<PracticeEntry> fromCsv(String body) {
        RegistryUpload upload = new RegistryUpload();
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(text)) {
            boolean header = true;
            while (rows.hasNextValue()) {
                // Where the row starts: the parser stands at the end of the previous one.
                int line = rows.getCurrentLocation().getLineNr();
                String[] row = rows.nextValue();
                if (header) {
                    header = false;
                    String found = String.join(
                            ",", Arrays.stream(row).map(String::trim).toList());
                    if (!CSV_HEADER.equals(found.toLowerCase(Locale.ROOT))) {
                        throw new InvalidRegistryException(
                                List.of("line 1: the header must be " + CSV_HEADER + ", not " + found));
                    }
                } else if (!(row.length == 1 && row[0].isBlank())) {
                    upload.row("line " + line, row);
                }
            }
            if (header) {
                throw new InvalidRegistryException(List.of("line 1: the header must be " + CSV_HEADER));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRegistryException invalid) {
                throw invalid;
            }
            throw new InvalidRegistryException(List.of("the body is not CSV: " + firstLine(e.getMessage())));
        }
        return upload.result();
    }

    /** A JSON array of {@code {odsCode, name, system, goLiveDate}}. */
    static List<PracticeEntry> fromJson(ObjectMapper json, String body) {
        JsonNode array = readJson(json, body);
        if (!array.isArray()) {
            throw new InvalidRegistryException(List.of("the body must be a JSON array of practices"));
        }
        RegistryUpload upload = new RegistryUpload();
        for (int i = 0; i < array.size(); i++) {
            upload.object("entry " + (i + 1), array.get(i), null);
        }
        return upload.result();
    }

    /** One practice as JSON, for the ODS code in the path. */
    static PracticeEntry oneFromJson(ObjectMapper json, String body, String odsCode) {
        RegistryUpload upload = new RegistryUpload();
        upload.object("the practice", readJson(json, body), odsCode);
        return upload.result().get(0);
    }

    private void row(String where, String[] cells) {
        if (cells.length != 4) {
            errors.add(where + ": expected 4 fields (" + CSV_HEADER + "), found " + cells.length);
            return;
        }
        // Cells as the registry's GET wrote them: the one ' that defused a name is taken away again.
        add(
                where,
                CsvWriter.undefused(cells[0]),
                CsvWriter.undefused(cells[1]),
                CsvWriter.undefused(cells[2]),
                CsvWriter.undefused(cells[3]));
    }

    private void object(String where, JsonNode node, String pathOds) {
        if (node == null || !node.isObject()) {
            errors.add(where + ": must be a JSON object");
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!JSON_FIELDS.contains(name)) {
                errors.add(where + ": unknown field '" + name + "' (fields: odsCode, name, system, goLiveDate)");
            }
        }
        String ods = text(node, "odsCode");
        if (pathOds != null) {
            if (!ods.isEmpty() && !ods.equalsIgnoreCase(pathOds)) {
                errors.add(where + ": odsCode " + ods + " is not the ODS code in the path, " + pathOds);
            }
            ods = pathOds;
        }
        add(where, ods, text(node, "name"), text(node, "system"), text(node, "goLiveDate"));
    }

    private void add(String where, String odsCell, String nameCell, String systemCell, String goLiveCell) {
        int before = errors.size();
        String ods = odsCell.trim().toUpperCase(Locale.ROOT);
        if (!OdsCode.isCode(ods)) {
            errors.add(where + ": ODS code '" + odsCell.trim() + "' " + OdsCode.RULE);
        } else if (seen.containsKey(ods)) {
            errors.add(where + ": ODS code " + ods + " is already on " + seen.get(ods));
        }
        String name = nameCell.trim();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            errors.add(where + ": name must be 1 to " + MAX_NAME + " characters on one line");
        }
        ClinicalSystem system = null;
        try {
            system = ClinicalSystem.valueOf(systemCell.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(where + ": system '" + systemCell.trim() + "' is not EMIS or TPP");
        }
        LocalDate goLive = null;
        if (!goLiveCell.isBlank()) {
            try {
                goLive = LocalDate.parse(goLiveCell.trim());
            } catch (DateTimeParseException e) {
                errors.add(where + ": go-live date '" + goLiveCell.trim()
                        + "' is not a date (YYYY-MM-DD; empty = not live)");
            }
            if (goLive != null && (goLive.isBefore(EARLIEST_GO_LIVE) || goLive.isAfter(LATEST_GO_LIVE))) {
                errors.add(where + ": go-live date '" + goLiveCell.trim() + "' is not between " + EARLIEST_GO_LIVE
                        + " and " + LATEST_GO_LIVE);
            }
        }
        if (errors.size() == before) {
            seen.put(ods, where);
            entries.add(new PracticeEntry(ods, name, system, goLive));
        }
    }

    private List<PracticeEntry> result() {
        if (!errors.isEmpty()) {
            throw new InvalidRegistryException(errors);
        }
        return List.copyOf(entries);
    }

    private static JsonNode readJson(ObjectMapper json, String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidRegistryException(List.of("the body is not JSON: " + firstLine(e.getOriginalMessage())));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
