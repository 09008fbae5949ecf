package io.github.recordaccess.rules;

import java.util.Objects;

/** One piece of advice for the practice: a stable id, and a text in our own words. */
public record Action(ActionId id, String text) {

    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
