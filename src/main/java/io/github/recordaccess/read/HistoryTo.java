package io.github.recordaccess.read;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A history's {@code to}: its last {@link Day}. */
@Schema(name = "HistoryTo", type = SchemaType.STRING, format = "date", example = "2025-06-01")
public record HistoryTo(Day day) {

    static final String NAME = "to";

    @Override
    public String toString() {
        return day.toString();
    }
}
