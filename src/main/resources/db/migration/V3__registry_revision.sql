-- One row that every registry change updates first, inside its own transaction. Its row lock queues the writers of
-- every replica, so whole uploads and single-practice changes apply one at a time, each on top of the last one's
-- committed rows (under READ COMMITTED two uploads sharing ODS codes otherwise collide on the primary key).
-- Portable SQL: the same migration runs on the embedded H2 database and on PostgreSQL.
CREATE TABLE registry_revision (
    id         INTEGER                  NOT NULL PRIMARY KEY CHECK (id = 1),
    revision   BIGINT                   NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO registry_revision (id, revision, changed_at) VALUES (1, 0, CURRENT_TIMESTAMP);
