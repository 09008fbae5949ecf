-- Which registration routes each stored evaluation searched, and any it could not (issue 24): without it a stored
-- point from an evaluation that missed a route read back as complete. One line per route, "ROUTE<TAB>searched or
-- not_searched<TAB>detail" (history.StoredRoutes). NULL on the points stored before this column existed: unknown, so
-- the overview does not use them as stored figures (it evaluates that practice live, fail closed). ERROR points keep
-- NULL too: they have no figures to be incomplete.
-- Portable SQL: the same migration runs on the embedded H2 database and on PostgreSQL.
ALTER TABLE snapshot_point ADD COLUMN cohort_routes VARCHAR(2000);
