package io.github.recordaccess.security;

import io.github.recordaccess.web.ProblemType;

/** Why a caller's scope refuses a read: the problem it answers with, and the words it says. */
enum ScopeRefusal {
    OUTSIDE_YOUR_ORGANISATION(
            ProblemType.OUTSIDE_YOUR_ORGANISATION,
            "This practice is not one of your organisation's: you may read only your own practices' data."),
    FIGURES_ONLY(
            ProblemType.FORBIDDEN,
            "Your role may read practice figures only: no patient lists, NHS numbers or patient answers."),
    NO_ORGANISATION(
            ProblemType.FORBIDDEN,
            "Your practice role names no organisation, so it opens no practice. Ask your administrator to check "
                    + "the organisation your sign-in gives."),
    NO_ICB_TOTALS(
            ProblemType.FORBIDDEN,
            "The ICB's totals are for ICB roles: your role may read its own practices' history."),
    NO_READING_ROLE(ProblemType.FORBIDDEN, "The caller does not have the role this path needs.");

    private final ProblemType type;
    private final String detail;

    ScopeRefusal(ProblemType type, String detail) {
        this.type = type;
        this.detail = detail;
    }

    ProblemType type() {
        return type;
    }

    String detail() {
        return detail;
    }
}
