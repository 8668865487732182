-- When the caller joined the waiting line, after the menu: their wait counts from here, while the
-- line stays ordered by the call's arrival (arrived_at). Rows written before this column existed
-- read it as arrived_at.
alter table waiting_call add column queued_at timestamp with time zone;
