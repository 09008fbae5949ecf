package io.github.recordaccess.read;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A history's {@code from}: its first {@link Day}. */
@Schema(name = "HistoryFrom", type = SchemaType.STRING, format = "date", example = "2024-06-01")
public record HistoryFrom(Day day) {

    static final String NAME = "from";

    @Override
    public String toString() {
        return day.toString();
    }
}
