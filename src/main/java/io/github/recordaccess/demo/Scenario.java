package io.github.recordaccess.demo;

import java.util.List;

/** What one generated patient's record shows; the demo walks through every one. */
enum Scenario {
    NO_CODES,
    DECLINED_103,
    ACTIVE_104,
    ACTIVE_104_CONDITION,
    ACTIVE_104_MONTH_ONLY,
    ONLY_106,
    RESCINDED_BY_106,
    REAPPLIED_104,
    SAME_DAY_CONFLICT,
    SAME_DAY_ISSUED_106_LATER,
    UNDATED_106,
    ENTERED_IN_ERROR_104,
    UNDER_16,
    UNDER_16_WITH_104,
    BIRTH_YEAR_ONLY,
    MISSING_BIRTH_DATE,
    DECEASED,
    INACTIVE,
    FUTURE_DATED_104,
    NEAR_MISS_104,
    DUPLICATE_RECORD,
    NO_NHS_NUMBER,
    BULK_104,
    BULK_104_RESCINDED;

    /** The coded scenarios the rest of a practice is drawn from. */
    static final List<Scenario> CODED = List.of(
            DECLINED_103,
            ACTIVE_104,
            ACTIVE_104_CONDITION,
            ACTIVE_104_MONTH_ONLY,
            ONLY_106,
            RESCINDED_BY_106,
            REAPPLIED_104,
            SAME_DAY_CONFLICT,
            SAME_DAY_ISSUED_106_LATER,
            UNDATED_106,
            ENTERED_IN_ERROR_104);
}
