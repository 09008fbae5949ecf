package io.github.recordaccess.api;

import io.github.recordaccess.history.SnapshotRun;
import io.github.recordaccess.history.SnapshotRunner;
import io.github.recordaccess.security.AuditEventType;
import io.github.recordaccess.security.Audited;
import io.github.recordaccess.web.Routes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Takes a snapshot of every registered practice now, besides the scheduled one. Admin role. */
@Path(Routes.ADMIN_SNAPSHOTS)
@Tag(name = "Admin")
public class SnapshotResource {

    private final SnapshotRunner runner;

    public SnapshotResource(SnapshotRunner runner) {
        this.runner = runner;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Audited(type = AuditEventType.SNAPSHOT_RUN, endpoint = Routes.ADMIN_SNAPSHOTS)
    @Operation(
            summary = "Snapshot every registered practice now",
            description =
                    "Evaluates every registered practice afresh, with bounded parallelism, and stores one point each "
                            + "(ERROR with the problem for a practice that fails; the others go on). Answers when all are stored.")
    @APIResponse(
            responseCode = "200",
            description = "What was stored",
            content = @Content(schema = @Schema(implementation = SnapshotRun.class)))
    public SnapshotRun snapshot() {
        return runner.run(null);
    }
}
