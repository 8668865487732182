-- How the dialplan's fallback queue ended a call it took when the service could not decide
-- (database down) or was away: ANSWERED (by the case's advisor), ABANDONED, TIMED_OUT.
alter table case_record add column fallback_outcome varchar(16);
