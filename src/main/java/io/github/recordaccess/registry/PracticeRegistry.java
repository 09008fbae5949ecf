package io.github.recordaccess.registry;

import java.util.List;
import java.util.Optional;

/**
 * The practices the ICB has registered: their names, clinical systems and go-live dates. Changes apply one at a
 * time; one that waits too long for another is refused with {@link RegistryChangedException}.
 */
public interface PracticeRegistry {

    /** Every registered practice, ordered by ODS code. */
    List<PracticeEntry> all();

    Optional<PracticeEntry> find(String odsCode);

    /** Replaces the whole registry in one transaction; answers the registry as this upload left it. */
    List<PracticeEntry> replaceAll(List<PracticeEntry> practices);

    /** Adds or replaces one practice; true when it was new. */
    boolean put(PracticeEntry practice);

    /** Removes one practice; false when it was not registered. */
    boolean delete(String odsCode);
}
