package io.github.recordaccess.read;

import io.github.recordaccess.rules.Action;
import io.github.recordaccess.rules.ActionId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Action", description = "One action advised to the practice: a stable id and a text in our own words.")
public record ActionView(
        @Schema(
                description =
                        "Stable id (docs/rules.md, \"Actions\"): PROVIDE_ACCESS, ENABLE_ACCESS_MANUALLY, OFFER_ACCESS_ON_REQUEST, "
                                + "CHECK_EXISTING_ACCESS, REVIEW_BULK_CODED_104, RESPECT_OPT_OUT, REVIEW_RECORD, NO_ACTION, AT_SIXTEEN, "
                                + "REVIEW_INHERITED_104, CONSIDER_104_SAFEGUARDING",
                example = "OFFER_ACCESS_ON_REQUEST")
        ActionId id,

        @Schema(description = "What to do, in words; the wording may change, the id does not")
        String text) {

    static ActionView from(Action action) {
        return new ActionView(action.id(), action.text());
    }
}
