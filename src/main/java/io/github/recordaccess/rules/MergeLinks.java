package io.github.recordaccess.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A record's merge links: its {@code Patient.link} entries of type {@code replaced-by} and {@code replaces}
 * that name another Patient (links of type {@code seealso} or {@code refer}, and links to a RelatedPerson,
 * are no merges and are not kept).
 *
 * @param replacedBy the ids of the Patient records this record was replaced by
 * @param replaces the ids of the Patient records this record replaces
 * @param unreadable true when a {@code replaced-by} or {@code replaces} link names a Patient whose id cannot
 *     be read (an identifier or display only): the merge cannot be followed
 * @param entriesOfReplaced the coded entries of records named in {@code replaces} that are not in the cohort
 *     being evaluated, fetched by their id; a record named but absent here was not fetched
 */
public record MergeLinks(
        List<String> replacedBy,
        List<String> replaces,
        boolean unreadable,
        Map<String, List<CodedEvent>> entriesOfReplaced) {

    /** No merge link at all: the usual record. */
    public static final MergeLinks NONE = new MergeLinks(List.of(), List.of(), false, Map.of());

    public MergeLinks {
        replacedBy = List.copyOf(replacedBy);
        replaces = List.copyOf(replaces);
        entriesOfReplaced = Map.copyOf(entriesOfReplaced);
    }

    public static MergeLinks of(List<String> replacedBy, List<String> replaces, boolean unreadable) {
        return replacedBy.isEmpty() && replaces.isEmpty() && !unreadable
                ? NONE
                : new MergeLinks(replacedBy, replaces, unreadable, Map.of());
    }

    public boolean isEmpty() {
        return replacedBy.isEmpty() && replaces.isEmpty() && !unreadable;
    }

    /** These links with the entries fetched for {@code recordId}, a record this one replaces. */
    public MergeLinks withEntriesOf(String recordId, List<CodedEvent> entries) {
        Map<String, List<CodedEvent>> fetched = new HashMap<>(entriesOfReplaced);
        fetched.put(recordId, List.copyOf(entries));
        return new MergeLinks(replacedBy, replaces, unreadable, fetched);
    }
}
