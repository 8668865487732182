-- The menu is not wait. Until now wait_seconds counted from the call's arrival, menu included;
-- from here on it counts from entering the waiting line (queued_at) to the answer or to leaving
-- the line, and menu_seconds holds the time from arrival to the line (or to a hang-up in the menu).
alter table case_record add column menu_seconds integer;

-- Old rows keep their meaning: the menu part moves out of the wait.
update case_record
   set menu_seconds = cast(round(extract(epoch from queued_at) - extract(epoch from arrived_at)) as integer)
 where queued_at is not null;
update case_record
   set wait_seconds = greatest(0, wait_seconds - menu_seconds)
 where queued_at is not null and wait_seconds is not null;
-- A caller who hung up in the menu never waited: what was counted is menu time.
update case_record
   set menu_seconds = wait_seconds, wait_seconds = null
 where queued_at is null and answered_at is null and wait_seconds is not null;

-- Reports and the supervisors' figures read the cases of a day or a week by arrival.
create index ix_case_record_arrived on case_record (arrived_at);
