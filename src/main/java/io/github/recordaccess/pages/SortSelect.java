package io.github.recordaccess.pages;

import java.util.List;

/**
 * A small form above a responsive table that sorts it without script: a select of the orders the table offers and a
 * button. Below 641 px NHS.UK's responsive table hides its headings, and with them the links that sort it; the form
 * takes their place there (see {@code sort-select.html}, and pages.css, which hides it where the headings show). Any
 * table can offer one: the page gives where the form goes, what it keeps (the day, the filters) and the choices.
 *
 * @param id the select's id, unique on the page
 * @param action the path the form is sent to (GET)
 * @param keep the query parameters the form sends unchanged, as hidden fields
 * @param name the parameter the choice is sent as
 * @param options the choices, in the order offered; one of them selected (the order shown now)
 */
public record SortSelect(String id, String action, List<Field> keep, String name, List<Option> options) {

    /** A query parameter kept as it is. */
    public record Field(String name, String value) {}

    /** One order: the value sent, its words ("Excluded (104), highest first") and whether it is the order shown. */
    public record Option(String value, String label, boolean selected) {}

    public SortSelect {
        keep = List.copyOf(keep);
        options = List.copyOf(options);
    }
}
