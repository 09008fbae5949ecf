-- The practices an ICB runs the service for. No patient data is ever stored in this database.
-- Portable SQL: the same migration runs on the embedded H2 database and on PostgreSQL.
CREATE TABLE practice (
    ods_code        VARCHAR(10)              NOT NULL PRIMARY KEY,
    practice_name   VARCHAR(200)             NOT NULL,
    clinical_system VARCHAR(8)               NOT NULL CHECK (clinical_system IN ('EMIS', 'TPP')),
    go_live_date    DATE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
